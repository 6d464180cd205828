// Guid.Parse for the D, N, B and P forms; the result is the lower-case D string.
function $guidParse(s) {
  const h = String(s).trim().replace(/^[{(](.*)[})]$/, "$1");
  const m = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i.exec(h);
  if (!m || (h.length !== 32 && h.length !== 36)) throw new $FormatException("Unrecognized Guid format.");
  return m.slice(1).join("-").toLowerCase();
}
