// Enumerable.Sum over longs (f optional): checked, as .NET's is; null items (long?) skipped.
function $lsum(xs, f) {
  let s = 0;
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) s = $laddc(s, v); }
  return s;
}
