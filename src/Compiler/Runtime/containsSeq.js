// Enumerable.Contains with the default equality (records and tuples by value, NaN equals NaN); a set
// or a keyed set answers with its own comparer, as .NET's ICollection<T>.Contains does.
function $containsSeq(xs, v) {
  if (xs instanceof Set || xs.$like) return xs.has(v);
  if (Array.isArray(xs) && (v === null || typeof v !== "object")) return xs.includes(v);
  for (const x of xs) if ($eq(x, v)) return true;
  return false;
}
