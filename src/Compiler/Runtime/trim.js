// Trim/TrimStart/TrimEnd with a set of chars (codes or strings). w: 1 start, 2 end, 3 both.
function $trim(s, cs, w) {
  const set = (Array.isArray(cs) ? cs : [cs]).map(c => typeof c === "number" ? String.fromCharCode(c) : c).join("");
  if (!set) return w === 1 ? s.trimStart() : w === 2 ? s.trimEnd() : s.trim();
  let a = 0, b = s.length;
  if (w & 1) while (a < b && set.includes(s[a])) a++;
  if (w & 2) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
