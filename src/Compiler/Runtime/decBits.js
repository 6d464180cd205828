// decimal.GetBits: [lo, mid, hi, flags] (scale in bits 16-23, sign in bit 31).
function $decBits(d) {
  const m = d.m < 0n ? -d.m : d.m, w = (k) => Number(BigInt.asIntN(32, m >> BigInt(32 * k)));
  return [w(0), w(1), w(2), d.s << 16 | (d.m < 0n ? -2147483648 : 0)];
}
