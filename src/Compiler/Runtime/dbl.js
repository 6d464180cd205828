// double.ToString() (float.ToString() when f is set), invariant culture: shortest round-trip
// digits, scientific from 1E+17 (floats 1E+09) and below 1E-04, "-0", "NaN", "Infinity".
function $dbl(x, f) {
  let p = 1;
  if (f) while (p < 9 && Math.fround(+x.toExponential(p - 1)) !== x) p++;
  return $gfmt(x, f ? x.toExponential(p - 1) : x.toExponential(), f ? 9 : 17);
}
