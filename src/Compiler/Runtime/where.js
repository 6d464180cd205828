// Enumerable.Where (the predicate may also take the index).
function $where(xs, f) {
  return $seq(function* () { let i = 0; for (const x of xs) if (f(x, i++)) yield x; });
}
