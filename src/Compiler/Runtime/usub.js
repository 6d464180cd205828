// ulong - ulong, unchecked (wraps below zero).
function $usub(a, b) {
  if (typeof a === "number" && typeof b === "number" && a >= b) return a - b;
  return $u64w(BigInt(a) - BigInt(b));
}
