// Enumerable.ThenBy/ThenByDescending: a new ordering with one more key (the original is unchanged).
function $thenBy(o, key, desc, c) {
  return $orderBy(o.$src, o.$keys.concat([[key, desc, $cmpOf(c)]]));
}
