// The flat index of a[i, j, ...] with .NET's bounds check on every dimension.
function $mdx(a, ix) {
  let k = 0;
  for (let r = 0; r < ix.length; r++) {
    const i = ix[r], n = a.$d[r];
    if (i >>> 0 !== i || i >= n) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
    k = k * n + i;
  }
  return k;
}
