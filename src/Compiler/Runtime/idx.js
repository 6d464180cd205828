// IndexOf/LastIndexOf/Contains/Remove of List<T>, T[] and IList<T> compare with EqualityComparer<T>.Default:
// Equals for objects that define it (records, classes overriding Equals), NaN equal to NaN, else ===.
function $idx(a, x, from, last) {
  if (x === x && (x === null || typeof x !== "object" || typeof x.Equals !== "function")) return last ? a.lastIndexOf(x) : a.indexOf(x, from);
  if (last) {
    for (let i = a.length - 1; i >= 0; i--) if ($eq(a[i], x)) return i;
    return -1;
  }
  for (let i = from | 0; i < a.length; i++) if ($eq(a[i], x)) return i;
  return -1;
}
