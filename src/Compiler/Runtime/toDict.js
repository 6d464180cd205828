// Enumerable.ToDictionary: duplicate keys throw like Dictionary.Add; without k the items are pairs.
function $toDict(xs, k, v) {
  const m = new Map();
  for (const x of xs) k ? $dictAdd(m, k(x), v ? v(x) : x) : $dictAdd(m, x[0], x[1]);
  return m;
}
