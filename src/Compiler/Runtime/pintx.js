// int.Parse(s, NumberStyles[, provider]) / TryParse: HexNumber (AllowHexSpecifier, 512) reads hex digits as
// the type's bit pattern ("FFFFFFFF" is -1 for an Int32); AllowThousands (64) drops group separators;
// other styles parse as NumberStyles.Integer.
function $pintx(s, ns, lo, hi, t, o) {
  if (s != null && ns & 512) {
    const m = /^[\t-\r ]*([0-9A-Fa-f]+)[\t-\r \0]*$/.exec(s), span = hi - lo + 1;
    let v = m ? parseInt(m[1], 16) : NaN;
    const ok = v < span;
    if (ok && v > hi) v -= span;
    if (o) { o.v = ok ? v : 0; return ok; }
    if (ok) return v;
    throw m ? new $OverflowException("Value was either too large or too small for " + t + ".")
      : new $FormatException("The input string '" + s + "' was not in a correct format.");
  }
  return $pint(s != null && ns & 64 ? s.replace(/,/g, "") : s, lo, hi, t, o);
}
