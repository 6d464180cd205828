// Enumerable.Cast<T> (not to the source's own element type): each element unboxed into T,
// InvalidCastException for one that is not a T (lazily, as .NET).
function $castSeq(xs, t) {
  return $seq(function* () { for (const x of xs) yield $unbox(x, t); });
}
