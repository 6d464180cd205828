// Array.Reverse(a, i, n): reverses n items from i in place.
function $arev(a, i, n) {
  if (i < 0 || n < 0 || i + n > a.length) throw new $ArgumentOutOfRangeException(i < 0 ? "index" : "length");
  for (let lo = i, hi = i + n - 1; lo < hi; lo++, hi--) { const t = a[lo]; a[lo] = a[hi]; a[hi] = t; }
}
