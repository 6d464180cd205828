// Regex.Escape: .NET's metacharacters and white space get a backslash.
function $rxEscape(s) {
  if (s == null) throw new $ArgumentNullException("str");
  return s.replace(/[\\*+?|{[()^$.# \t\n\f\r]/g, c => c === "\t" ? "\\t" : c === "\n" ? "\\n" : c === "\f" ? "\\f" : c === "\r" ? "\\r" : "\\" + c);
}
