// Array.Fill(a, v, i, n) and Array.Clear(a[, i, n]) (with the element type's default): n items from i.
function $afill(a, v, i, n) {
  if (i === undefined) { i = 0; n = a.length; }
  if (i < 0 || n < 0 || i + n > a.length) throw new $ArgumentOutOfRangeException(i < 0 ? "startIndex" : "count");
  a.fill(v, i, i + n);
}
