// Enumerable.TakeWhile (predicate may take the index).
function $takeWhile(xs, f) {
  return $seq(function* () {
    let i = 0;
    for (const x of xs) { if (!f(x, i++)) return; yield x; }
  });
}
