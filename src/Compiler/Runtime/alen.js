// Array.GetLength(r): a dimension's length (a one-dimensional array has only dimension 0).
function $alen(a, r) {
  const n = a.$d ? a.$d[r] : r === 0 ? a.length : undefined;
  if (n === undefined) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
  return n;
}
