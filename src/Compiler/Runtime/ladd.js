// long + long, unchecked. Safe integers add as numbers; anything else goes through BigInt.
function $ladd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return $i64w(BigInt(a) + BigInt(b));
}
