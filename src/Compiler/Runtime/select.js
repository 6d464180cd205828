// Enumerable.Select (the selector may also take the index).
function $select(xs, f) {
  return $seq(function* () { let i = 0; for (const x of xs) yield f(x, i++); });
}
