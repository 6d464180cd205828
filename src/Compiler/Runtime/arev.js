// Array.Reverse(a, i, n): reverses n items from i in place; .NET's argument checks.
function $arev(a, i, n) {
  if (i < 0 || n < 0) throw new $ArgumentOutOfRangeException(i < 0 ? "index" : "length", "Non-negative number required.");
  if (i + n > a.length) throw new $ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  for (let lo = i, hi = i + n - 1; lo < hi; lo++, hi--) { const t = a[lo]; a[lo] = a[hi]; a[hi] = t; }
}
