// Binary search of a sorted array by an IComparer (c) or Comparer<T>.Default: the index of x, or the
// complement (~i) of where it would go. SortedDictionary/SortedList/SortedSet refuse a null key as .NET does.
function $bfind(xs, x, c, nullOk) {
  if (x == null && !nullOk) throw new $ArgumentNullException("key");
  let lo = 0, hi = xs.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1, r = c ? c.Compare(xs[m], x) : $cmpT(xs[m], x);
    if (r === 0) return m;
    if (r < 0) lo = m + 1; else hi = m - 1;
  }
  return ~lo;
}
