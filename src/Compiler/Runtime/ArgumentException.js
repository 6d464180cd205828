// ArgumentException(message, paramName, inner): the parameter name is appended to Message, as in .NET.
class $ArgumentException extends $Exception {
  constructor(m, p, i) { super(m, i); this.ParamName = p == null ? null : p; }
  get Message() { const p = this.ParamName; return super.Message + (p ? " (Parameter '" + p + "')" : ""); }
}
$ArgumentException.$tn = "System.ArgumentException";
$ArgumentException.$defaultMessage = "Value does not fall within the expected range.";
