// Enumerable.Contains with the default equality (SameValueZero, as Map/Set use).
function $containsSeq(xs, v) {
  if (Array.isArray(xs)) return xs.includes(v);
  if (xs instanceof Set) return xs.has(v);
  for (const x of xs) if (x === v || (x !== x && v !== v)) return true;
  return false;
}
