// int.Parse-style parsing (NumberStyles.Integer): optional spaces and sign, ASCII digits.
// lo..hi is the type's range, t its name for the overflow message ("an Int32"). With an out box o
// it is TryParse: sets o.v (0 on failure) and returns success instead of throwing.
function $pint(s, lo, hi, t, o) {
  const m = s == null ? null : /^[\t-\r ]*([+-]?\d+)[\t-\r \0]*$/.exec(s), v = m ? +m[1] + 0 : NaN, ok = v >= lo && v <= hi;
  if (o) { o.v = ok ? v : 0; return ok; }
  if (ok) return v;
  throw s == null ? new $ArgumentNullException("s") : m ? new $OverflowException("Value was either too large or too small for " + t + ".")
    : new $FormatException("The input string '" + s + "' was not in a correct format.");
}
