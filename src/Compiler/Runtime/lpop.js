// PopCount of a 64-bit (or 32-bit) pattern.
function $lpop(x) { let b = BigInt.asUintN(64, BigInt(x)), n = 0; for (; b; b &= b - 1n) n++; return n; }
