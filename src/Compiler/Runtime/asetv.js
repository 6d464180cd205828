// Array element write through a covariant view (object[] a = new string[1]): a value that is not of the
// array's own element type throws ArrayTypeMismatchException after the bounds check, as in .NET.
function $asetv(a, i, v) {
  if (i >>> 0 !== i || i >= a.length) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
  if (v != null && a.$et && !a.$et(v)) throw new $ArrayTypeMismatchException();
  return a[i] = v;
}
