// An object turned into a string at run time, as .NET's ToString() would.
function $str(x) {
  const t = typeof x;
  return x == null ? "" : t === "string" ? x : t === "number" ? $dbl(x) : t === "boolean" ? (x ? "True" : "False")
    : typeof x.ToString === "function" ? x.ToString() : Array.isArray(x) ? "(" + x.map($str).join(", ") + ")" : $typeFullName(x);
}
