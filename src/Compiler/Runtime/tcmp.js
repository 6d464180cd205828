// ValueTuple.CompareTo: element by element with the default comparer.
function $tcmp(a, b) {
  for (let i = 0; i < a.length; i++) {
    const c = $cmp(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}
