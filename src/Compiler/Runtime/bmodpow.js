// BigInteger.ModPow(b, e, m): square-and-multiply; the result has the sign of b's residue, as in .NET.
function $bmodpow(b, e, m) {
  if (e < 0n) throw new $ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
  if (m === 0n) throw new $DivideByZeroException();
  let r = 1n % m;
  b %= m;
  for (; e > 0n; e >>= 1n) { if (e & 1n) r = r * b % m; b = b * b % m; }
  return r;
}
