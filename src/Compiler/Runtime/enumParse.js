// Enum.Parse / TryParse (with out box o): names or numbers, comma-separated names are OR-ed.
function $enumParse(E, s, ic, o) {
  let v = 0, ok = s != null && /\S/.test(s);
  const ks = Object.keys(E), up = x => ic ? x.toUpperCase() : x;
  if (ok) for (let p of s.split(",")) {
    p = p.trim();
    const k = ks.find(k => up(k) === up(p));
    if (k !== undefined) v |= E[k]; else if (/^[+-]?\d+$/.test(p)) v |= +p; else { ok = false; break; }
  }
  if (o) { o.v = ok ? v : 0; return ok; }
  if (ok) return v;
  throw s == null ? new $ArgumentNullException("value") : /\S/.test(s) ? new $ArgumentException("Requested value '" + s + "' was not found.")
    : new $ArgumentException("Must specify valid information for parsing in the string.", "value");
}
