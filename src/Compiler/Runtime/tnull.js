// ArgumentNullException.ThrowIfNull(value, paramName).
function $tnull(v, p) {
  if (v == null) throw new $ArgumentNullException(p);
}
