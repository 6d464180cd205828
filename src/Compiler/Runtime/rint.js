// Math.Round(x): to the nearest integer, halves to even (JavaScript's Math.round takes halves up);
// -0, NaN, infinities and integers past 2^52 come back as they are.
function $rint(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 ? r - 1 : r;
}
