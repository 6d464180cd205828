// (BigInteger)double: truncated; NaN and infinities throw OverflowException.
function $bfromd(d) {
  if (!isFinite(d)) throw new $OverflowException("Value was either too large or too small for a BigInteger.");
  return BigInt(Math.trunc(d));
}
