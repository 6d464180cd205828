// Enumerable.Average over longs: the exact sum divided as a double; empty throws unless nullable (nu).
function $laverage(xs, f, nu) {
  let s = 0n, n = 0;
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) { s += BigInt(v); n++; } }
  if (n) return Number(s) / n;
  if (nu) return null;
  throw new $InvalidOperationException("Sequence contains no elements");
}
