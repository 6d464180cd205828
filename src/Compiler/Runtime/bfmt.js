// BigInteger.ToString(format): X gives the shortest two's complement digits with a leading sign digit
// ("0FF" for 255, "F" for -1), as .NET does; other formats from the exact digits.
function $bfmt(x, f) {
  if (!f) return x.toString();
  const m = /^([Xx])(\d*)$/.exec(f);
  if (m) {
    let s;
    if (x >= 0n) { s = x.toString(16); if (parseInt(s[0], 16) >= 8) s = "0" + s; }
    else { let n = 1; while (-(1n << BigInt(4 * n - 1)) > x) n++; s = (x + (1n << BigInt(4 * n))).toString(16); }
    s = s.padStart(+m[2] || 0, x < 0n ? "f" : "0");
    return m[1] === "X" ? s.toUpperCase() : s;
  }
  return $fmtdig({ n: x < 0n, d: (x < 0n ? -x : x).toString(), k: 0 }, f);
}
