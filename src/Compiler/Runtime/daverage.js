// Enumerable.Average over decimals: the decimal sum divided by the count; empty throws unless nu.
function $daverage(xs, f, nu) {
  let s = new $Dec(0n, 0), n = 0;
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) { s = s.add(v); n++; } }
  if (n) return s.div(new $Dec(BigInt(n), 0));
  if (nu) return null;
  throw new $InvalidOperationException("Sequence contains no elements");
}
