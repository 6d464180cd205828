// Array.FindLastIndex(a, f): the index of the last match, or -1.
function $findLastIdx(a, f) {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}
