// BigInteger.Parse/TryParse: NumberStyles.Integer (spaces, sign, digits), or hex (two's complement:
// a leading digit >= 8 makes it negative, as .NET reads "FF" as -1). o: TryParse's out box.
function $bparse(s, hex, o) {
  const m = s == null ? null : (hex ? /^[\t-\r ]*([0-9a-fA-F]+)[\t-\r \0]*$/ : /^[\t-\r ]*([+-]?\d+)[\t-\r \0]*$/).exec(s);
  let v = null;
  if (m) {
    v = hex ? BigInt("0x" + m[1]) : BigInt(m[1]);
    if (hex && parseInt(m[1][0], 16) >= 8) v -= 1n << BigInt(4 * m[1].length);
  }
  if (o) { o.v = v === null ? 0n : v; return v !== null; }
  if (v !== null) return v;
  throw s == null ? new $ArgumentNullException("value") : new $FormatException("The value could not be parsed.");
}
