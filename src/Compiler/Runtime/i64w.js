// unchecked long result of BigInt arithmetic: wrapped to 64 bits (two's complement), canonical.
function $i64w(b) { return $i64(BigInt.asIntN(64, b)); }
