// Enumerable.Min (sign -1) / Max (sign 1) with Comparer.Default order (NaN lowest); f optional selector.
// nu: the result type is nullable/reference, so null items are skipped and empty gives null instead of throwing.
function $minMax(xs, f, sign, nu) {
  let found = false, r = null;
  for (const x of xs) {
    const v = f ? f(x) : x;
    if (nu && v == null) continue;
    if (!found || $cmp(v, r) * sign > 0) r = v;
    found = true;
  }
  if (found || nu) return r;
  throw new $InvalidOperationException("Sequence contains no elements");
}
