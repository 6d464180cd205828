// Enumerable.Distinct / DistinctBy (key optional); first occurrence wins, order kept.
function $distinct(xs, key) {
  return $seq(function* () {
    const seen = new Set();
    for (const x of xs) {
      const k = key ? key(x) : x;
      if (!seen.has(k)) { seen.add(k); yield x; }
    }
  });
}
