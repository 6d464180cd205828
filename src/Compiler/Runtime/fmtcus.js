// Custom numeric format ("#,##0.00", "0.#", "00", "(###) ###-####", "0.0%", "pos;neg;zero"), invariant
// culture. Like .NET, a double is first cut to 15 significant digits (float 7), then rounded half up.
// g: exact digits instead of x's ([D, E]: the value is 0.D × 10^E), with x only giving the sign.
function $fmtcus(x, f, t, z, g) {
  // Tokens: escaped char, quoted literal, or one char. Sections split on ';':
  // [all] | [pos/zero, neg] | [pos, neg, zero].
  const secs = [[]], neg = x < 0 || 1 / x < 0;
  for (const c of f.match(/\\.?|'[^']*'?|"[^"]*"?|[\s\S]/g)) c === ";" ? secs.push([]) : secs[secs.length - 1].push(c);
  const has = i => secs[i] && secs[i].length, toks = secs[z != null ? z : neg && has(1) ? 1 : 0];
  let pt = toks.indexOf("."), ip = 0, fz = 0, fp = 0, firstZ = -1, grp = false, sc = 0, seen = 0;
  if (pt < 0) pt = toks.length;
  toks.forEach((c, i) => {
    if (c === "0" || c === "#") {
      if (i < pt) { if (c === "0" && firstZ < 0) firstZ = ip; ip++; } else { fp++; if (c === "0") fz = fp; }
      seen = 1;
    } else if (c === "%") sc += 2;
    else if (c === "‰") sc += 3;
    else if (c === "," && i < pt && seen) {
      // A comma right before the point (or the end) divides by 1000; between digits it groups.
      let j = i + 1; while (toks[j] === ",") j++;
      if (j === pt || j === toks.length) sc -= 3; else grp = true;
    }
  });
  // Digits D and decimal exponent S (value = 0.D × 10^S), then half-up rounding to fp decimals.
  const a = Math.abs(x);
  let [m, e] = g || (t === 1 ? a.toExponential() : a.toExponential(t === 2 ? 6 : 14)).split("e"), D = g ? m : m.replace(".", "").replace(/0+$/, ""), S = +e + !g + sc;
  const k = S + fp;
  if (k < 0 || !D) D = "";
  else if (D.length > k) {
    const up = D[k] >= "5"; D = D.slice(0, k);
    if (up) { const b = String(BigInt(D || 0) + 1n); if (b.length > k) S++; D = b; }
    D = D.replace(/0+$/, "");
  }
  // Rounded to zero: the zero section if any, else the first one (with the sign, as .NET does).
  if (!D && z == null && (has(2) || toks !== secs[0])) return $fmtcus(x, f, t, has(2) ? 2 : 0, g);
  let I = S > 0 && D ? D.slice(0, S).padEnd(S, "0") : "", F = !D ? "" : S < 0 ? "0".repeat(-S) + D : D.slice(Math.max(S, 0));
  if (firstZ >= 0) I = I.padStart(ip - firstZ, "0");
  F = F.padEnd(fz, "0");
  // Emit: the first integer placeholder takes any extra leading digits; groups counted from the right.
  let out = "", n = 0, fi = 0;
  toks.forEach((c, i) => {
    if (c === "0" || c === "#") {
      if (i < pt) {
        const from = n === 0 ? 0 : I.length - (ip - n), to = I.length - (ip - n - 1);
        for (let j = Math.max(from, 0); j < to; j++) out += I[j] + (grp && j < I.length - 1 && (I.length - 1 - j) % 3 === 0 ? "," : "");
        n++;
      } else if (fi < F.length) out += F[fi++];
    } else if (c === ".") { if (i === pt && F) out += "."; }
    else if (c !== ",") out += c[0] === "\\" ? c.slice(1) : /^['"]/.test(c) ? c.slice(1, c.length > 1 && c.endsWith(c[0]) ? -1 : undefined) : c;
  });
  // Integers that round to zero lose their sign; doubles keep it ("-0.00").
  return (neg && toks === secs[0] && out && (D || t !== 1) ? "-" : "") + out;
}
