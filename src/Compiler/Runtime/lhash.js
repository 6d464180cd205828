// long.GetHashCode(), as .NET: the low and high 32 bits xored.
function $lhash(x) { const b = BigInt(x); return Number(BigInt.asIntN(32, b ^ b >> 32n)); }
