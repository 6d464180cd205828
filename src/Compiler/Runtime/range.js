// Enumerable.Range.
function $range(start, count) {
  if (count < 0 || start + count - 1 > 2147483647) throw new $ArgumentOutOfRangeException("count", "Specified argument was out of the range of valid values.");
  return $seq(function* () { for (let i = 0; i < count; i++) yield start + i; });
}
