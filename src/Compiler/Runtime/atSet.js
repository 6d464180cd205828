// List<T> indexer write with .NET's bounds check.
function $atSet(a, i, v) {
  if (i >>> 0 !== i || i >= a.length) $badIndex();
  return a[i] = v;
}
