// Enumerable.SelectMany; r is the optional result selector (x, y).
function $selectMany(xs, f, r) {
  return $seq(function* () {
    let i = 0;
    for (const x of xs) for (const y of f(x, i++)) yield r ? r(x, y) : y;
  });
}
