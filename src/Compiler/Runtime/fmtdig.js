// Standard numeric formats from exact digits (long/ulong past 2^53, BigInteger, decimal), invariant
// culture: x = {n: negative, d: digit string, k: how many of them are decimals}. Rounding is half away
// from zero on the digits, as .NET does for these types. dec: decimal (G keeps its trailing zeros).
function $fmtdig(x, f, dec) {
  const m = /^([A-Za-z])(\d{0,9})$/.exec(f || "G");
  if (!m) { const D = x.d.replace(/^0+/, ""); return $fmtcus(x.n ? -1 : 1, f, 1, null, [D.replace(/0+$/, ""), D.length - x.k]); }
  const c = m[1], u = c.toUpperCase(), p = m[2] ? +m[2] : -1;
  let d = x.d, k = x.k;
  const zero = /^0*$/.test(d), sign = x.n && !zero ? "-" : "";
  // Digits rounded (half away from zero) to q decimals: [integer part, fraction part].
  const fixed = (q) => {
    let ds = d, kk = k;
    if (kk > q) {
      const cut = ds.length - (kk - q), up = cut >= 0 && ds[cut] >= "5";
      ds = cut > 0 ? ds.slice(0, cut) : "0";
      if (up) ds = String(BigInt(ds) + 1n);
      kk = q;
    }
    ds = ds.padStart(kk + 1, "0");
    return [ds.slice(0, ds.length - kk).replace(/^0+(?=\d)/, ""), ds.slice(ds.length - kk).padEnd(q, "0")];
  };
  const grp = (i) => i.replace(/\B(?=(\d{3})+$)/g, ",");
  const neg = (s) => (x.n && /[1-9]/.test(s) ? "-" : "") + s;
  switch (u) {
    case "D":
      if (k > 0) break;
      return sign + d.padStart(p, "0");
    case "F": { const [i, fr] = fixed(p < 0 ? 2 : p); return neg(i + (fr ? "." + fr : "")); }
    case "N": { const [i, fr] = fixed(p < 0 ? 2 : p); return neg(grp(i) + (fr ? "." + fr : "")); }
    case "C": { const [i, fr] = fixed(p < 0 ? 2 : p), s = "¤" + grp(i) + (fr ? "." + fr : ""); return x.n && /[1-9]/.test(s) ? "(" + s + ")" : s; }
    case "P": { d += "00"; const [i, fr] = fixed(p < 0 ? 2 : p); return neg(grp(i) + (fr ? "." + fr : "") + " %"); }
    case "G": case "R":
      if (p < 1 || u === "R") return sign + (k > 0 ? d.slice(0, d.length - k).padStart(1, "0") + "." + d.slice(d.length - k).padStart(k, "0") : d);
    // falls through: G with a precision rounds to p significant digits
    case "E": {
      const sig = d.replace(/^0+/, "") || "0", q = u === "E" ? (p < 0 ? 6 : p) : p - 1;
      let s = sig.slice(0, q + 1), e = zero ? 0 : sig.length - 1 - k;
      if (sig.length > q + 1 && sig[q + 1] >= "5") { s = String(BigInt(s) + 1n); if (s.length > q + 1) { s = s.slice(0, q + 1); e++; } }
      if (u === "E") {
        s = s.padEnd(q + 1, "0");
        return sign + s[0] + (q ? "." + s.slice(1) : "") + c + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(3, "0");
      }
      s = s.replace(/0+$/, "") || "0";
      if (e >= p || e < -5)
        return sign + s[0] + (s.length > 1 ? "." + s.slice(1) : "") + (c === "g" ? "e" : "E") + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
      return sign + (e < 0 ? "0." + "0".repeat(-e - 1) + s : s.length > e + 1 ? s.slice(0, e + 1) + "." + s.slice(e + 1) : s + "0".repeat(e + 1 - s.length));
    }
    case "X": case "B":
      if (k > 0) break;
      { const s = BigInt(d).toString(u === "X" ? 16 : 2).padStart(p, "0"); return c === "X" ? s.toUpperCase() : s; }
  }
  throw new $FormatException("Format specifier was invalid.");
}
