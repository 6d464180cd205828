// Enumerable.Repeat.
function $repeat(x, count) {
  if (count < 0) throw new $ArgumentOutOfRangeException("count", "Specified argument was out of the range of valid values.");
  return $seq(function* () { for (let i = 0; i < count; i++) yield x; });
}
