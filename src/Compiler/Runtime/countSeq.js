// Enumerable.Count (f optional); collections answer without enumerating.
function $countSeq(xs, f) {
  if (!f) { if (Array.isArray(xs)) return xs.length; if (xs instanceof Map || xs instanceof Set) return xs.size; }
  let n = 0;
  for (const x of xs) if (!f || f(x)) n++;
  return n;
}
