// HashSet<T>.ExceptWith.
function $exceptWith(s, xs) {
  for (const x of xs) s.delete(x);
}
