// ToCharArray(start, length): UTF-16 code units as numbers.
function $chars(s, i, n) {
  const r = [];
  for (let j = i | 0, e = n === undefined ? s.length : j + n; j < e; j++) r.push(s.charCodeAt(j));
  return r;
}
