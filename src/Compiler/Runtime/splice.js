// Insert (n = 0, v = text) and Remove (n chars, or to the end) with range checks.
function $splice(s, i, n, v) {
  if (n === undefined) n = s.length - i;
  if (i < 0 || n < 0 || i + n > s.length) throw new $ArgumentOutOfRangeException(n ? "count" : "startIndex");
  return s.slice(0, i) + (v == null ? "" : v) + s.slice(i + n);
}
