// Enumerable.OfType<T>: the elements that are a T (unboxed), lazily.
function $ofType(xs, t) {
  return $seq(function* () { for (const x of xs) if (t.i(x)) yield x instanceof $Boxed && !t.c ? x.v : x; });
}
