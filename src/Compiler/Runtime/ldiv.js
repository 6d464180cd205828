// long / long (and ulong / ulong): truncating; DivideByZeroException on zero, OverflowException for
// long.MinValue / -1 (as .NET throws even unchecked). Safe integers divide exactly as doubles.
function $ldiv(a, b) {
  if (b == 0) throw new $DivideByZeroException();
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  if (b == -1 && a === -9223372036854775808n) throw new $OverflowException();
  return $i64(BigInt(a) / BigInt(b));
}
