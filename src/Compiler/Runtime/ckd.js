// A checked-context int result: OverflowException outside the int range.
function $ckd(x) {
  if (x > 2147483647 || x < -2147483648) throw new $OverflowException();
  return x;
}
