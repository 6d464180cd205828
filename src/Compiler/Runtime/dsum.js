// Enumerable.Sum over decimals (f optional); null items skipped.
function $dsum(xs, f) {
  let s = new $Dec(0n, 0);
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) s = s.add(v); }
  return s;
}
