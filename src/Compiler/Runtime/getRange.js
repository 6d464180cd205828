// List<T>.GetRange(index, count) with .NET's argument checks.
function $getRange(a, i, n) {
  if (i < 0 || n < 0) $fail("ArgumentOutOfRangeException", "Non-negative number required.", i < 0 ? "index" : "count");
  if (a.length - i < n) $fail("ArgumentException", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  return a.slice(i, i + n);
}
