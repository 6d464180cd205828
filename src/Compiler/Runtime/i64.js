// A long from a BigInt already in range: a number while it is a safe integer, else the BigInt.
// Every long (and ulong) value has this one canonical form, so === and Map keys work on it.
function $i64(b) {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
