// string.Format / composite formatting: "{index[,alignment][:format]}", "{{" and "}}" escapes.
function $format(f, a) {
  if (f == null) throw new $ArgumentNullException("format");
  return f.replace(/\{\{|\}\}|\{(\d+) *(?:, *(-?\d+) *)?(?::([^{}]*))?\}|[{}]/g, (m, i, al, fs) => {
    if (m.length === 2 && m[0] === m[1]) return m[0];
    if (i === undefined) throw new $FormatException("Input string was not in a correct format.");
    if (+i >= a.length) throw new $FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
    return $fmtv(a[i], fs, al | 0);
  });
}
