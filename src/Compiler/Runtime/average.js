// Enumerable.Average (f optional): empty throws unless nullable (nu), then null; null items skipped.
function $average(xs, f, nu) {
  let s = 0, n = 0;
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) { s += v; n++; } }
  if (n) return s / n;
  if (nu) return null;
  throw new $InvalidOperationException("Sequence contains no elements");
}
