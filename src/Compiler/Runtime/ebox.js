// Enumerating a collection through the non-generic IEnumerable in a boxing program: raw value-type
// elements become boxes of their element type (t, or the one $ebTag recorded), as .NET's enumerator hands out.
function $ebox(xs, t) {
  return xs != null && (t = t || xs.$eb) ? $seq(function* () { for (const x of xs) yield $box(x, t); }) : xs;
}
