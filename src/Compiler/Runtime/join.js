// string.Join / Concat over any iterable; the separator may be a char code. null items are "".
function $join(sep, xs) {
  return Array.from(xs, $str).join(typeof sep === "number" ? String.fromCharCode(sep) : sep == null ? "" : sep);
}
