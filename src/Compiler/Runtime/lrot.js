// RotateLeft (n > 0) / RotateRight (n < 0) of a 64-bit pattern; u: the result is a ulong.
function $lrot(x, n, u) {
  const b = BigInt.asUintN(64, BigInt(x)), k = BigInt((n % 64 + 64) % 64);
  const r = BigInt.asUintN(64, b << k | b >> (64n - k) % 64n);
  return u ? $i64(r) : $i64(BigInt.asIntN(64, r));
}
