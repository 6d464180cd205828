// List<T> indexer read with .NET's bounds check.
function $at(a, i) {
  if (i >>> 0 !== i || i >= a.length) $badIndex();
  return a[i];
}
