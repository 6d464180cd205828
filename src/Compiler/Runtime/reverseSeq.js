// Enumerable.Reverse: buffers the source when enumerated.
function $reverseSeq(xs) {
  return $seq(function* () { yield* Array.from(xs).reverse(); });
}
