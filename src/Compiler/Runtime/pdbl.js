// double.Parse (NumberStyles.Float | AllowThousands, invariant): spaces, sign, "1,234.5e-3",
// ".5", "Infinity", "NaN". f rounds to float. With an out box o it is TryParse.
function $pdbl(s, f, o) {
  const m = s == null ? null : /^[\t-\r ]*([+-]?)(?:(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?|(infinity|∞)|(nan))[\t-\r \0]*$/i.exec(s);
  let v = !m ? NaN : m[5] ? NaN : m[4] ? Infinity : +(m[2].replace(/,/g, "") + (m[3] || ""));
  if (m && m[1] === "-") v = -v;
  if (f) v = Math.fround(v);
  if (o) { o.v = m ? v : 0; return !!m; }
  if (m) return v;
  throw s == null ? new $ArgumentNullException("s") : new $FormatException("The input string '" + s + "' was not in a correct format.");
}
