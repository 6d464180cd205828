// long * long, unchecked. A product that is a safe integer as a double is exact.
function $lmul(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
  }
  return $i64w(BigInt(a) * BigInt(b));
}
