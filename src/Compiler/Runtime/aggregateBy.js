// Enumerable.AggregateBy / CountBy: [key, accumulated] pairs (KeyValuePair) in first-seen key order; seed is
// a value, or a function of the key when seedFn; mk makes the key map for keys compared by value.
function $aggregateBy(xs, key, seed, f, seedFn, mk) {
  return $seq(function* () {
    const m = mk ? mk() : new Map();
    for (const x of xs) {
      const k = key(x);
      m.set(k, f(m.has(k) ? m.get(k) : seedFn ? seed(k) : seed, x));
    }
    yield* m.entries();
  });
}
