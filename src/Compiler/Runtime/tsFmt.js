// TimeSpan.ToString(format) from ticks: "c"/"t"/"T" (constant), "g", "G", or a custom pattern (d, hh, mm, ss,
// f/F fractions, '\' escapes and quoted literals; any other character is a FormatException, as in .NET).
function $tsFmt(t, f) {
  if (f == null || f === "" || f === "c" || f === "t" || f === "T") return $tsStr(t);
  const p = (n, w) => String(n).padStart(w, "0"), neg = t < 0, a = neg ? -t : t;
  const d = Math.floor(a / 864e9), h = Math.floor(a / 36e9) % 24, m = Math.floor(a / 6e8) % 60, s = Math.floor(a / 1e7) % 60, fr = a % 1e7;
  if (f === "g") return (neg ? "-" : "") + (d ? d + ":" : "") + h + ":" + p(m, 2) + ":" + p(s, 2) + (fr ? "." + p(fr, 7).replace(/0+$/, "") : "");
  if (f === "G") return (neg ? "-" : "") + d + ":" + p(h, 2) + ":" + p(m, 2) + ":" + p(s, 2) + "." + p(fr, 7);
  let r = "";
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    let n = 1;
    while (f[i + n] === c && "dhmsfF".includes(c)) n++;
    if (c === "d") r += p(d, n);
    else if (c === "h" && n <= 2) r += p(h, n);
    else if (c === "m" && n <= 2) r += p(m, n);
    else if (c === "s" && n <= 2) r += p(s, n);
    else if (c === "f" && n <= 7) r += p(fr, 7).slice(0, n);
    else if (c === "F" && n <= 7) r += p(fr, 7).slice(0, n).replace(/0+$/, "");
    else if (c === "\\" && i + 1 < f.length) { r += f[i + 1]; n = 2; }
    else if ((c === "'" || c === "\"") && f.indexOf(c, i + 1) > i) { const e = f.indexOf(c, i + 1); r += f.slice(i + 1, e); n = e - i + 1; }
    else if (c === "%" && i + 1 < f.length) n = 1;
    else throw new $FormatException("Input string was not in a correct format.");
    i += n;
  }
  return r;
}
