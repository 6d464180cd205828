// ulong + ulong, unchecked (wraps past 2^64).
function $uadd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= 9007199254740991) return r;
  }
  return $u64w(BigInt(a) + BigInt(b));
}
