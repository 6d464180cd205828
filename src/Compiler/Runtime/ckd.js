// A checked-context int (or, with u, uint) result: OverflowException outside the range, NaN included.
function $ckd(x, u) {
  if (!(u ? x >= 0 && x <= 4294967295 : x >= -2147483648 && x <= 2147483647)) throw new $OverflowException();
  return x;
}
