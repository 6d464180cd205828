// TrailingZeroCount of a 64-bit (or 32-bit, given as unsigned) pattern; 64 (32) for zero.
function $lctz(x) {
  let b = BigInt.asUintN(64, BigInt(x));
  if (b === 0n) return typeof x === "number" && x <= 4294967295 && x >= 0 ? 32 : 64;
  let n = 0;
  for (; (b & 1n) === 0n; b >>= 1n) n++;
  return n;
}
