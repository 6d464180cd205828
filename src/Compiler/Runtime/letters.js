// A sequence of chars (UTF-16 code units) as one-letter strings.
function $letters(xs) {
  return Array.from(xs, (c) => String.fromCharCode(c));
}
