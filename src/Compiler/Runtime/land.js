// long & long (ulong too: the result stays in range). 32-bit values use the native operator.
function $land(a, b) {
  if (typeof a === "number" && typeof b === "number" && a === (a | 0) && b === (b | 0)) return a & b;
  return $i64(BigInt(a) & BigInt(b));
}
