// List<T>.RemoveAt with .NET's bounds check.
function $removeAt(a, i) {
  if (i >>> 0 !== i || i >= a.length) $badIndex();
  a.splice(i, 1);
}
