// long % long (and ulong): the sign of the dividend; DivideByZeroException on zero; never -0.
function $lmod(a, b) {
  if (b == 0) throw new $DivideByZeroException();
  if (typeof a === "number" && typeof b === "number") return a % b + 0;
  return $i64(BigInt(a) % BigInt(b));
}
