// HashSet<T>.UnionWith.
function $unionWith(s, xs) {
  for (const x of xs) s.add(x);
}
