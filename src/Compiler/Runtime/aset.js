// Array element write with .NET's bounds check; yields the value like an assignment.
function $aset(a, i, v) {
  if (i >>> 0 !== i || i >= a.length) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
  return a[i] = v;
}
