// Enumerable.Aggregate: seeded when hasSeed, otherwise the first item is the seed (empty throws).
function $aggregate(xs, seed, f, hasSeed) {
  let acc = seed, first = !hasSeed;
  for (const x of xs) {
    if (first) { acc = x; first = false; } else acc = f(acc, x);
  }
  if (first) throw new $InvalidOperationException("Sequence contains no elements");
  return acc;
}
