// Enumerable.GroupBy: each group is an Array of elements with a Key property, groups in first-seen order.
// e maps elements, r (key, group) shapes the result, mk makes the key map (by value or a comparer).
function $groupBy(xs, key, e, r, mk) {
  return $seq(function* () {
    for (const g of $groups(xs, key, e, mk).values()) yield r ? r(g.Key, g) : g;
  });
}
