// (int)long, (int)ulong unchecked: the low 32 bits. ToInt32 of an exact integer double is exact.
function $l2i(x) { return typeof x === "number" ? x | 0 : Number(BigInt.asIntN(32, x)); }
