// xs[a..b] of a string, array or List: a copy. Each bound comes with a from-end flag (an open end is ^0);
// a slice outside the sequence throws as .NET does (List.Slice: ArgumentException past the end).
function $slice(x, a, ae, b, be, list) {
  const n = x.length, s = ae ? n - a : a, e = be ? n - b : b;
  if (list && s >= 0 && e >= s && e > n) throw new $ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  if (s < 0 || e > n || s > e) throw new $ArgumentOutOfRangeException("length");
  return x.slice(s, e);
}
