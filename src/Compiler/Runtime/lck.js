// A checked narrowing of a long/ulong/BigInteger to a type with range lo..hi (numbers).
function $lck(x, lo, hi) {
  if (x < lo || x > hi) throw new $OverflowException();
  return Number(x);
}
