// checked long - long.
function $lsubc(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return $i64c(BigInt(a) - BigInt(b));
}
