// Enumerable.Contains(xs, v, comparer): every item asked through the comparer's Equals.
function $containsCmp(xs, v, c) {
  for (const x of xs) if (c.Equals(x, v)) return true;
  return false;
}
