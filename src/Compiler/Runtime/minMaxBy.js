// Enumerable.MinBy (sign -1) / MaxBy (sign 1): the first item with the extreme key; empty gives d when od, else throws.
function $minMaxBy(xs, key, sign, od, d) {
  let found = false, r, rk;
  for (const x of xs) {
    const k = key(x);
    if (!found || $cmp(k, rk) * sign > 0) { r = x; rk = k; }
    found = true;
  }
  if (found) return r;
  if (od) return d;
  throw new $InvalidOperationException("Sequence contains no elements");
}
