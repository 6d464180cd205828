// Enumerable.Take: stops pulling from the source once n items were produced.
function $take(xs, n) {
  return $seq(function* () {
    if (n <= 0) return;
    let i = 0;
    for (const x of xs) { yield x; if (++i >= n) return; }
  });
}
