// HashSet<T>.IntersectWith: keeps the items also in xs (xs copied first so it may be s itself).
function $intersectWith(s, xs) {
  const keep = s.$like ? s.$like(xs) : new Set(xs);
  for (const x of Array.from(s)) if (!keep.has(x)) s.delete(x);
}
