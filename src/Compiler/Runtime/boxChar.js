// A char? boxed to object: its letter, or null.
function $boxChar(c) {
  return c == null ? null : String.fromCharCode(c);
}
