// Enumerable.ToDictionary: duplicate keys throw like Dictionary.Add; without k the items are pairs;
// mk makes the map (by value or a comparer).
function $toDict(xs, k, v, mk) {
  const m = mk ? mk() : new Map();
  for (const x of xs) k ? $dictAdd(m, k(x), v ? v(x) : x) : $dictAdd(m, x[0], x[1]);
  return m;
}
