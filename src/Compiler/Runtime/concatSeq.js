// Enumerable.Concat (also Append/Prepend with a one-item array).
function $concatSeq(a, b) {
  return $seq(function* () { yield* a; yield* b; });
}
