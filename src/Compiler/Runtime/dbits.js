// BitConverter.DoubleToInt64Bits.
function $dbits(d) { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, d); return $i64(v.getBigInt64(0)); }
