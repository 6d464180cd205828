// ArgumentOutOfRangeException.ThrowIfNegative/Zero/NegativeOrZero (k 0..2) and ThrowIfGreaterThan,
// GreaterThanOrEqual, LessThan, LessThanOrEqual, Equal, NotEqual against o (k 3..8), .NET's messages.
function $trange(v, o, p, k) {
  const fail = [v < 0, v == 0, v <= 0, v > o, v >= o, v < o, v <= o, v == o, v != o][k];
  if (!fail) return;
  const what = ["a non-negative value", "a non-zero value", "a non-negative and non-zero value", "less than or equal to", "less than",
    "greater than or equal to", "greater than", "not be equal to", "be equal to"][k];
  const must = k >= 7 ? "must " + what : "must be " + what;
  throw new $ArgumentOutOfRangeException(p, p + " ('" + $str(v) + "') " + must + (k >= 3 ? " '" + $str(o) + "'." : "."), undefined, v);
}
