// long >> n (arithmetic) and ulong >> n (logical: ulongs are never negative).
function $lshr(a, n) {
  n &= 63;
  return typeof a === "number" ? Math.floor(a / 2 ** n) + 0 : $i64(a >> BigInt(n));
}
