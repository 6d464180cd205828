// Enumerable.ExceptBy (keep false) / IntersectBy (keep true): items of xs whose key is (not) among keys,
// each key once; mk makes the key set for keys compared by value.
function $byKey(xs, keys, key, keep, mk) {
  return $seq(function* () {
    const set = mk ? mk() : new Set();
    for (const k of keys) set.add(k);
    const seen = mk ? mk() : new Set();
    for (const x of xs) {
      const k = key(x);
      if (set.has(k) === keep && !seen.has(k)) { seen.add(k); yield x; }
    }
  });
}
