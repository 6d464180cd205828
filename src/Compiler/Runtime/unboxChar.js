// (char)o: boxed chars are one-letter strings.
function $unboxChar(o) {
  return typeof o === "string" ? o.charCodeAt(0) : o;
}
