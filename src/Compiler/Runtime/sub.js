// Substring(i[, n]) with .NET's range checks.
function $sub(s, i, n) {
  if (i < 0 || i > s.length) throw new $ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
  if (n === undefined) n = s.length - i;
  if (n < 0 || i + n > s.length) throw new $ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
  return s.substr(i, n);
}
