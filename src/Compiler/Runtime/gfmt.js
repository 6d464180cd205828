// .NET "G" layout of x from its exponential form s ("d.ddde±k", any sign): fixed notation when
// -5 < k < p, else "d.dddE+kk" (at least two exponent digits). Trailing zeros are dropped.
function $gfmt(x, s, p, E) {
  if (!isFinite(x)) return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  let [m, k] = s.split("e"), n = x < 0 || 1 / x < 0 ? "-" : "", d = m.replace(/^-|\./g, "").replace(/0+$/, "") || "0";
  k = +k;
  return n + (k >= p || k < -4 ? d[0] + (d[1] ? "." + d.slice(1) : "") + (E || "E") + (k < 0 ? "-" : "+") + (k * k < 100 ? "0" : "") + Math.abs(k)
    : k < 0 ? "0." + "0".repeat(-k - 1) + d : d.length > k + 1 ? d.slice(0, k + 1) + "." + d.slice(k + 1) : d + "0".repeat(k + 1 - d.length));
}
