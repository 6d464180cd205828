// string.IndexOfAny(char[]): first index of any of the given UTF-16 code units.
function $indexOfAny(s, chars) {
  for (let i = 0; i < s.length; i++) if (chars.indexOf(s.charCodeAt(i)) >= 0) return i;
  return -1;
}
