// (long)double, .NET 9+ semantics: truncates, NaN gives 0, out-of-range values saturate.
// u: to ulong (negatives give 0). c: checked (NaN and out-of-range throw OverflowException).
function $d2l(d, u, c) {
  if (!(u ? d > -1 && d < 18446744073709551616 : d >= -9223372036854775808 && d < 9223372036854775808)) {
    if (c) throw new $OverflowException();
    return d !== d ? 0 : d < 0 ? (u ? 0 : -9223372036854775808n) : u ? 18446744073709551615n : 9223372036854775807n;
  }
  const t = Math.trunc(d) + 0;
  return t <= 9007199254740991 && t >= -9007199254740991 ? t : BigInt(t);
}
