// Math.Round(x, digits[, mode]) with digits not known at compile time: .NET's range check, then $round.
function $roundd(x, d, m) {
  if (d < 0 || d > 15) $fail("ArgumentOutOfRangeException", "Rounding digits must be between 0 and 15, inclusive.", "digits");
  return $round(x, d, m);
}
