// long.Parse / ulong.Parse (NumberStyles.Integer: spaces and a sign around ASCII digits), or with
// hex set, NumberStyles.HexNumber (two's complement for long). u: ulong. o: TryParse's out box.
function $lparse(s, u, hex, o) {
  const m = s == null ? null : (hex ? /^[\t-\r ]*([0-9a-fA-F]+)[\t-\r \0]*$/ : /^[\t-\r ]*([+-]?\d+)[\t-\r \0]*$/).exec(s);
  let v = null;
  if (m) {
    v = hex ? BigInt("0x" + m[1]) : BigInt(m[1]);
    if (hex && !u && v <= 18446744073709551615n) v = BigInt.asIntN(64, v);
    if (u ? v < 0n || v > 18446744073709551615n : v < -9223372036854775808n || v > 9223372036854775807n) v = null;
  }
  if (o) { o.v = v === null ? 0 : $i64(v); return v !== null; }
  if (v !== null) return $i64(v);
  throw s == null ? new $ArgumentNullException("s") : m ? new $OverflowException("Value was either too large or too small for " + (u ? "a UInt64." : "an Int64."))
    : new $FormatException("The input string '" + s + "' was not in a correct format.");
}
