// One interpolation hole / format item: value formatted with an optional format, then aligned
// (alignment > 0 pads left, < 0 pads right).
function $fmtv(v, f, a) {
  const t = typeof v;
  const s = v == null ? "" : t === "number" ? (f ? $fmtnum(v, f) : $dbl(v)) : f && t === "object" && typeof v.ToString === "function" ? v.ToString(f) : $str(v);
  return a > 0 ? s.padStart(a) : a < 0 ? s.padEnd(-a) : s;
}
