// BigInteger / and %: truncating (as BigInt is); DivideByZeroException on zero. m: the remainder.
function $bdiv(a, b, m) {
  if (b === 0n) throw new $DivideByZeroException();
  return m ? a % b : a / b;
}
