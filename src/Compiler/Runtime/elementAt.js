// Enumerable.ElementAt/ElementAtOrDefault.
function $elementAt(xs, i, od, d) {
  if (i >= 0) { let n = 0; for (const x of xs) if (n++ === i) return x; }
  if (od) return d;
  throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
