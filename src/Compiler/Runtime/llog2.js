// Log2 of a 64-bit value: the index of the highest set bit (0 for 0).
function $llog2(x) { const b = BigInt.asUintN(64, BigInt(x)); return b === 0n ? 0 : b.toString(2).length - 1; }
