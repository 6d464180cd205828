// long/ulong.ToString(format): a negative long prints its 64-bit pattern in X and B; safe integers
// format as numbers, larger values from their exact digits.
function $lfmt(x, f) {
  if (x < 0 && f && /^[XxBb]\d*$/.test(f)) x = BigInt.asUintN(64, BigInt(x));
  if (typeof x === "number") return f ? $fmtnum(x, f, 1) : String(x);
  return f ? $fmtdig({ n: x < 0n, d: (x < 0n ? -x : x).toString(), k: 0 }, f) : x.toString();
}
