// DateTime.ToString(format) with the invariant culture: standard formats o, s, u, d, t, T, g, G
// and custom patterns (y M d H h m s f F t K, quotes and backslash escapes).
function $dtFmt(dt, f) {
  const std = { o: "yyyy-MM-dd'T'HH:mm:ss.fffffffK", s: "yyyy-MM-dd'T'HH:mm:ss", u: "yyyy-MM-dd HH:mm:ss'Z'",
    d: "MM/dd/yyyy", t: "HH:mm", T: "HH:mm:ss", g: "MM/dd/yyyy HH:mm", G: "MM/dd/yyyy HH:mm:ss" };
  f = f == null || f === "" ? "G" : f;
  if (f.length === 1) {
    const p = std[f === "O" ? "o" : f];
    if (p == null) throw new $FormatException("Input string was not in a correct format.");
    f = p;
  }
  const t = new Date(dt.ms), Y = t.getUTCFullYear(), M = t.getUTCMonth(), D = t.getUTCDate(), H = t.getUTCHours();
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const pad = (n, w) => String(n).padStart(w, "0");
  const frac = pad(t.getUTCMilliseconds() * 1e4, 7);
  const off = () => {
    const o = -t.getTimezoneOffset(), a = Math.abs(o);
    return (o < 0 ? "-" : "+") + pad(Math.floor(a / 60), 2) + ":" + pad(a % 60, 2);
  };
  let r = "";
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    let n = 1;
    while (f[i + n] === c) n++;
    if (c === "'" || c === '"') {
      const j = f.indexOf(c, i + 1);
      r += f.slice(i + 1, j < 0 ? f.length : j);
      i = j < 0 ? f.length : j + 1;
      continue;
    }
    if (c === "\\") { r += f.charAt(i + 1); i += 2; continue; }
    if (c === "%") { i++; continue; }
    i += n;
    switch (c) {
      case "y": r += n === 2 ? pad(Y % 100, 2) : n === 1 ? Y % 100 : pad(Y, n); break;
      case "M": r += n >= 4 ? months[M] : n === 3 ? months[M].slice(0, 3) : pad(M + 1, n); break;
      case "d": r += n >= 4 ? days[t.getUTCDay()] : n === 3 ? days[t.getUTCDay()].slice(0, 3) : pad(D, n); break;
      case "H": r += pad(H, Math.min(n, 2)); break;
      case "h": r += pad(H % 12 || 12, Math.min(n, 2)); break;
      case "m": r += pad(t.getUTCMinutes(), Math.min(n, 2)); break;
      case "s": r += pad(t.getUTCSeconds(), Math.min(n, 2)); break;
      case "f": r += frac.slice(0, n); break;
      case "F": {
        const v = frac.slice(0, n).replace(/0+$/, "");
        if (v) r += v; else if (r.endsWith(".")) r = r.slice(0, -1);
        break;
      }
      case "t": r += (H < 12 ? "AM" : "PM").slice(0, n === 1 ? 1 : 2); break;
      case "K": r += dt.Kind === 1 ? "Z" : dt.Kind === 2 ? off() : ""; break;
      default: r += c.repeat(n);
    }
  }
  return r;
}
