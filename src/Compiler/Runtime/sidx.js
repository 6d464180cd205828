// IndexOf(value, start, comparison); l selects LastIndexOf (start then counts from the end).
function $sidx(s, v, i, c, l) {
  s = $ic(s, c); v = $ic(typeof v === "number" ? String.fromCharCode(v) : v, c);
  return l ? s.lastIndexOf(v, i == null ? Infinity : i - v.length + 1) : s.indexOf(v, i | 0);
}
