// checked ulong * ulong.
function $umulc(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= 9007199254740991) return r;
  }
  return $u64c(BigInt(a) * BigInt(b));
}
