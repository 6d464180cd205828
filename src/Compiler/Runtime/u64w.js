// unchecked ulong result of BigInt arithmetic: wrapped to [0, 2^64), canonical.
function $u64w(b) { return $i64(BigInt.asUintN(64, b)); }
