// xs[range] with a Range value ([start, end] as Index numbers, see $ixo): $slice of a string, array or List.
function $rslice(x, r, list) {
  const a = r[0], b = r[1];
  return $slice(x, a < 0 ? ~a : a, a < 0, b < 0 ? ~b : b, b < 0, list);
}
