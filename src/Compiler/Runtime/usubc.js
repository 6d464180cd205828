// checked ulong - ulong: OverflowException below zero.
function $usubc(a, b) {
  if (typeof a === "number" && typeof b === "number" && a >= b) return a - b;
  return $u64c(BigInt(a) - BigInt(b));
}
