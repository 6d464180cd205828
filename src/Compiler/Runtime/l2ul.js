// (ulong)long unchecked: negatives wrap to 2^64 + x.
function $l2ul(x) { return x < 0 ? $u64w(BigInt(x)) : x; }
