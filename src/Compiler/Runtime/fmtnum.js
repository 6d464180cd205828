// number.ToString(format), invariant culture. t: 1 = integral type, 2 = float, else double.
// Standard formats C D E F G N P R X B (with precision); anything else is a custom pattern.
function $fmtnum(x, f, t) {
  const m = /^([A-Za-z])(\d{0,9})$/.exec(f || "G");
  if (!m) return $fmtcus(x, f, t);
  const c = m[1], u = c.toUpperCase(), p = m[2] ? +m[2] : -1, n = x < 0 || 1 / x < 0 ? "-" : "", a = Math.abs(x);
  // v.toFixed(q) / v.toExponential(q) for v >= 0, except that exact ties go to even as in .NET.
  const r = (v, q, e) => {
    const s = e ? v.toExponential(q + 1) : v.toFixed(q + 1), [d, x] = s.split("e"), k = e ? q + 1 - x : q + 1;
    return d.endsWith("5") && (k < 0 ? v % 10 ** -k === 0 : Number.isInteger(v * 2 ** k)) && !(d[d.length - (q ? 2 : 3)] & 1)
      ? d.slice(0, q ? -1 : -2) + (e ? "e" + x : "") : e ? v.toExponential(q) : v.toFixed(q);
  };
  const fix = (v, q) => v < 1e21 ? r(v, Math.min(q, 99)) : BigInt(v) + (q ? "." + "0".repeat(q) : "");
  const grp = s => s.replace(/^\d+/, i => i.replace(/\B(?=(\d{3})+$)/g, ","));
  if (u === "D" || u === "X" || u === "B") {
    if (!Number.isInteger(x)) throw new $FormatException("Format specifier was invalid.");
    if (u === "D") return (x < 0 ? "-" : "") + String(a).padStart(p, "0");
    const s = (x < 0 ? (x >= -2147483648 ? x >>> 0 : BigInt.asUintN(64, BigInt(x))) : x).toString(u === "X" ? 16 : 2).padStart(p, "0");
    return c === "X" ? s.toUpperCase() : s;
  }
  if (!isFinite(x)) return $gfmt(x);
  switch (u) {
    case "R": return t === 1 ? String(x) : $dbl(x, t === 2);
    case "G": return t === 1 && p < 1 ? String(x) : p < 1 ? $dbl(x, t === 2) : $gfmt(x, r(a, Math.min(p, 100) - 1, 1), p, c === "g" ? "e" : "E");
    case "E": { const [d, k] = r(a, p < 0 ? 6 : Math.min(p, 99), 1).split("e"); return n + d + (c === "e" ? "e" : "E") + k[0] + k.slice(1).padStart(3, "0"); }
    case "F": return n + fix(a, p < 0 ? 2 : p);
    case "N": return n + grp(fix(a, p < 0 ? 2 : p));
    case "C": { const s = "¤" + grp(fix(a, p < 0 ? 2 : p)); return n ? "(" + s + ")" : s; }
    case "P": {
      // Scale by 100 in decimal, not binary: round to two more places, then move the point.
      const q = p < 0 ? 2 : p, s = fix(a, q + 2), i = s.indexOf(".");
      return n + grp((s.slice(0, i) + s.slice(i + 1, i + 3)).replace(/^0+(?=\d)/, "") + (q ? "." + s.slice(i + 3) : "")) + " %";
    }
  }
  throw new $FormatException("Format specifier was invalid.");
}
