// long - long, unchecked.
function $lsub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return $i64w(BigInt(a) - BigInt(b));
}
