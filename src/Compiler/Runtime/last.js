// Enumerable.Last/LastOrDefault: like $first, scanning the whole source.
function $last(xs, f, od, d) {
  let found = false, r;
  if (Array.isArray(xs) && !f) { if (xs.length) return xs[xs.length - 1]; }
  else for (const x of xs) if (!f || f(x)) { found = true; r = x; }
  if (found) return r;
  if (od) return d;
  throw new $InvalidOperationException(f ? "Sequence contains no matching element" : "Sequence contains no elements");
}
