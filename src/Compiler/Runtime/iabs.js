// Math.Abs(int): .NET throws for int.MinValue, whose negation does not fit.
function $iabs(x) {
  if (x === -2147483648) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
  return x < 0 ? -x : x;
}
