// Enumerable.Single/SingleOrDefault: more than one match always throws.
function $single(xs, f, od, d) {
  let n = 0, r;
  for (const x of xs) if (!f || f(x)) {
    if (++n > 1) throw new $InvalidOperationException(f ? "Sequence contains more than one matching element" : "Sequence contains more than one element");
    r = x;
  }
  if (n) return r;
  if (od) return d;
  throw new $InvalidOperationException(f ? "Sequence contains no matching element" : "Sequence contains no elements");
}
