// long >>> n: a logical shift of the 64-bit pattern.
function $lushr(a, n) { return $i64w(BigInt.asUintN(64, BigInt(a)) >> BigInt(n & 63)); }
