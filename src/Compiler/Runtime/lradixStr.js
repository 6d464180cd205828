// Convert.ToString(long, base): two's complement (64 bits) for negatives in bases 2, 8 and 16.
function $lradixStr(x, b) { return b === 10 ? String(x) : BigInt.asUintN(64, BigInt(x)).toString(b); }
