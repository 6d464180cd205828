// Enumerable.Skip.
function $skip(xs, n) {
  return $seq(function* () { let i = 0; for (const x of xs) if (i++ >= n) yield x; });
}
