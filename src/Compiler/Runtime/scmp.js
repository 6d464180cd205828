// Ordinal string.Compare (InvariantGlobalization makes .NET ordinal too): the first differing
// UTF-16 unit's difference, else the length difference; null sorts first. c: a StringComparison.
function $scmp(a, b, c) {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  a = $ic(a, c); b = $ic(b, c);
  for (let i = 0, n = Math.min(a.length, b.length); i < n; i++) if (a[i] !== b[i]) return a.charCodeAt(i) - b.charCodeAt(i);
  return a.length - b.length;
}
