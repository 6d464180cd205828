// Enumerable.OrderBy/OrderByDescending/Order: key null means the item itself, c an optional IComparer.
function $order(xs, key, desc, c) {
  return $orderBy(xs, [[key || (x => x), desc, $cmpOf(c)]]);
}
