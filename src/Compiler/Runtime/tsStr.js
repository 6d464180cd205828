// TimeSpan.ToString() / "c" format from ticks: [-][d.]hh:mm:ss[.fffffff].
function $tsStr(t) {
  const p = (n, w) => String(n).padStart(w, "0");
  const neg = t < 0;
  if (neg) t = -t;
  const d = Math.floor(t / 864e9), h = Math.floor(t / 36e9) % 24, m = Math.floor(t / 6e8) % 60;
  const s = Math.floor(t / 1e7) % 60, f = t % 1e7;
  return (neg ? "-" : "") + (d ? d + "." : "") + p(h, 2) + ":" + p(m, 2) + ":" + p(s, 2) + (f ? "." + p(f, 7) : "");
}
