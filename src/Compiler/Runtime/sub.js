// Substring(i[, n]) with .NET's range checks.
function $sub(s, i, n) {
  if (i < 0 || i > s.length) $fail("ArgumentOutOfRangeException", "startIndex cannot be larger than length of string.", "startIndex");
  if (n === undefined) n = s.length - i;
  if (n < 0 || i + n > s.length) $fail("ArgumentOutOfRangeException", "Index and length must refer to a location within the string.", "length");
  return s.substr(i, n);
}
