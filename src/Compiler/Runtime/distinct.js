// Enumerable.Distinct / DistinctBy / Union (key optional); first occurrence wins, order kept. mk makes
// the seen-set when keys compare by value or through a comparer; a plain Set otherwise.
function $distinct(xs, key, mk) {
  return $seq(function* () {
    const seen = mk ? mk() : new Set();
    for (const x of xs) {
      const k = key ? key(x) : x;
      if (!seen.has(k)) { seen.add(k); yield x; }
    }
  });
}
