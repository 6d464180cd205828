// Array element read with .NET's bounds check (IndexOutOfRangeException where it is caught).
function $ai(a, i) {
  if (i >>> 0 !== i || i >= a.length) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
  return a[i];
}
