// BigInteger.Log(x[, base]) and Log10 for values past the double range: from the leading 17 digits
// and the digit count.
function $blog(x, base) {
  if (x < 0n) return NaN;
  if (x === 0n) return -Infinity;
  const s = x.toString(), lead = Number("0." + s.slice(0, 17)), ln = Math.log(lead) + s.length * Math.LN10;
  return base === undefined ? ln : base === 10 ? ln / Math.LN10 : ln / Math.log(base);
}
