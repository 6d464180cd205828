// checked ulong result of BigInt arithmetic: OverflowException outside [0, 2^64).
function $u64c(b) {
  if (b < 0n || b > 18446744073709551615n) throw new $OverflowException();
  return $i64(b);
}
