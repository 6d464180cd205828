// Convert.ToInt64(string, base) for bases 2, 8, 10, 16; 64-bit two's complement for 2/8/16.
function $lradix(s, b) {
  const t = b === 16 ? s.replace(/^0x/i, "") : s;
  const ok = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[+-]?\d+$/, 16: /^[0-9a-f]+$/i }[b];
  if (!ok || !ok.test(t)) throw new $FormatException("Could not find any recognizable digits.");
  const v = b === 10 ? BigInt(t) : BigInt({ 2: "0b", 8: "0o", 16: "0x" }[b] + t);
  if (b === 10 ? v < -9223372036854775808n || v > 9223372036854775807n : v > 18446744073709551615n) throw new $OverflowException("Value was either too large or too small for an Int64.");
  return $i64(BigInt.asIntN(64, v));
}
