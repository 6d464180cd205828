// LeadingZeroCount of a 64-bit pattern.
function $lclz(x) { const b = BigInt.asUintN(64, BigInt(x)); return b === 0n ? 64 : 64 - b.toString(2).length; }
