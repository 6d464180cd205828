// (long)ulong unchecked: values past long.MaxValue wrap to negatives.
function $ul2l(x) { return x > 9223372036854775807n ? $i64w(BigInt(x)) : x; }
