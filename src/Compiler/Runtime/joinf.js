// string.Join / Concat over items whose text $str would not give as .NET does (enums, KeyValuePairs,
// chars...): f makes an item's text; null items are "".
function $joinf(sep, xs, f) {
  return $join(sep, Array.from(xs, (x) => x == null ? "" : f(x)));
}
