// Math.DivRem(a, b, out rem): truncating quotient and remainder.
function $divRem(a, b, rem) {
  const q = $idiv(a, b);
  rem.v = $imod(a, b);
  return q;
}
