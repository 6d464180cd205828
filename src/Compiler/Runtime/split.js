// string.Split. d: separators (a string, a char code, or an array of either; none = whitespace),
// n: max count, o: StringSplitOptions (1 RemoveEmptyEntries, 2 TrimEntries).
function $split(s, d, n, o) {
  d = (d == null ? [] : Array.isArray(d) ? d : [d]).map(c => typeof c === "number" ? String.fromCharCode(c) : c || "").filter(c => c);
  n = n == null ? 2147483647 : n;
  const r = [], add = p => { if (o & 2) p = p.trim(); if (p || !(o & 1)) r.push(p); };
  if (n < 1) return r;
  let st = 0, i = 0, m;
  const at = i => d.length ? d.find(c => s.startsWith(c, i)) : /\s/.test(s[i]) ? s[i] : null;
  while (i < s.length && r.length < n - 1) if (m = at(i)) { add(s.slice(st, i)); i = st = i + m.length; } else i++;
  // With RemoveEmptyEntries the last (count-limited) part starts after any separators.
  if (o & 1) while (st < s.length && (m = at(st))) st += m.length;
  add(s.slice(st));
  return r;
}
