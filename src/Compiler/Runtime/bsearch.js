// List<T>/Array.BinarySearch: the index, or the bitwise complement of the insertion point.
function $bsearch(a, x) {
  let lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, c = $cmp(a[mid], x);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return ~lo;
}
