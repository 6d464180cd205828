// ArgumentException.ThrowIfNullOrEmpty / ThrowIfNullOrWhiteSpace(value, paramName).
function $tempty(v, p, ws) {
  if (v == null) throw new $ArgumentNullException(p);
  if (v === "" || ws && v.trim() === "")
    throw new $ArgumentException(ws ? "The value cannot be an empty string or composed entirely of whitespace." : "The value cannot be an empty string.", p);
}
