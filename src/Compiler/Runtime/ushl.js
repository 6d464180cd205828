// ulong << n.
function $ushl(a, n) { return $u64w(BigInt(a) << BigInt(n & 63)); }
