// IFormattable.ToString(format, provider) / IConvertible.ToString(provider) on a value that may be a raw
// number, string or bool (library interfaces over primitives), a box or a class.
function $ifmt(x, f) {
  return typeof x === "number" ? (f ? $fmtnum(x, f) : $str(x)) : x != null && typeof x === "object" && typeof x.ToString === "function" ? x.ToString(f) : $str(x);
}
