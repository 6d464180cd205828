// Enumerable.GroupBy: each group is an Array of elements with a Key property, groups in first-seen order.
// e maps elements, r (key, group) shapes the result.
function $groupBy(xs, key, e, r) {
  return $seq(function* () {
    const m = new Map();
    for (const x of xs) {
      const k = key(x);
      let g = m.get(k);
      if (!g) { g = []; g.Key = k; m.set(k, g); }
      g.push(e ? e(x) : x);
    }
    for (const g of m.values()) yield r ? r(g.Key, g) : g;
  });
}
