// Enum ToString. E is { Name: value }. Flags enums list the matching names in ascending value
// order joined by ", " (as .NET does); an unknown value prints as its number.
function $enumStr(v, E, f) {
  const ks = Object.keys(E);
  for (const k of ks) if (E[k] === v) return k;
  if (f && v) {
    let r = v;
    const out = [];
    for (const k of ks.filter(k => E[k]).sort((a, b) => (E[b] >>> 0) - (E[a] >>> 0)))
      if ((r & E[k]) === E[k]) { out.unshift(k); r -= E[k]; }
    if (!r) return out.join(", ");
  }
  return String(v);
}
