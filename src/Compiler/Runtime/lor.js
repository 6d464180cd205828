// long | long (ulong too).
function $lor(a, b) {
  if (typeof a === "number" && typeof b === "number" && a === (a | 0) && b === (b | 0)) return a | b;
  return $i64(BigInt(a) | BigInt(b));
}
