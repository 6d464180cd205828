// checked long * long.
function $lmulc(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
  }
  return $i64c(BigInt(a) * BigInt(b));
}
