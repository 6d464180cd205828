// Math.Abs(long): OverflowException for long.MinValue, as .NET throws.
function $labs(x) {
  if (x === -9223372036854775808n) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
  return x < 0 ? $lneg(x) : x;
}
