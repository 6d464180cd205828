// Enumerable.SkipWhile (predicate may take the index).
function $skipWhile(xs, f) {
  return $seq(function* () {
    let i = 0, on = false;
    for (const x of xs) if (on || (on = !f(x, i++))) yield x;
  });
}
