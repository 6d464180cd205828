// BitConverter.Int64BitsToDouble.
function $bitsd(x) { const v = new DataView(new ArrayBuffer(8)); v.setBigInt64(0, BigInt(x)); return v.getFloat64(0); }
