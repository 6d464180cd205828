// Enumerable.Distinct / DistinctBy (key optional); first occurrence wins, order kept. Keys that are
// objects with Equals (records) compare by value, as EqualityComparer<T>.Default does.
function $distinct(xs, key) {
  return $seq(function* () {
    const seen = new Set(), byValue = [];
    for (const x of xs) {
      const k = key ? key(x) : x;
      if (k !== null && typeof k === "object" && typeof k.Equals === "function") {
        if (byValue.some((v) => $eq(v, k))) continue;
        byValue.push(k);
        yield x;
      } else if (!seen.has(k)) { seen.add(k); yield x; }
    }
  });
}
