// Convert.ToInt32(double): banker's rounding, OverflowException outside the int range (and NaN).
function $cvi(x) {
  const r = $rint(x);
  if (!(r >= -2147483648 && r <= 2147483647)) throw new $OverflowException("Value was either too large or too small for an Int32.");
  return r | 0;
}
