// Convert.ToString(int, base): two's complement for negatives in bases 2, 8 and 16, as .NET prints.
function $radix(x, b) {
  return (b === 10 ? x : x >>> 0).toString(b);
}
