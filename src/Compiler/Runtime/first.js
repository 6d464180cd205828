// Enumerable.First/FirstOrDefault: f optional predicate; od = "OrDefault", then d is returned on no match.
function $first(xs, f, od, d) {
  for (const x of xs) if (!f || f(x)) return x;
  if (od) return d;
  throw new $InvalidOperationException(f ? "Sequence contains no matching element" : "Sequence contains no elements");
}
