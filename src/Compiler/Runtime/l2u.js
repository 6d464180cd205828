// (uint)long, (uint)ulong unchecked: the low 32 bits, unsigned.
function $l2u(x) { return typeof x === "number" ? x >>> 0 : Number(BigInt.asUintN(32, x)); }
