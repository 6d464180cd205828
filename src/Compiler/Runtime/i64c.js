// checked long result of BigInt arithmetic: OverflowException outside the long range.
function $i64c(b) {
  if (b < -9223372036854775808n || b > 9223372036854775807n) throw new $OverflowException();
  return $i64(b);
}
