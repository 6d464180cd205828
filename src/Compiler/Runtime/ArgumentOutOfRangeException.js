// .NET order: (paramName, message, inner, actualValue); an actual value adds "Actual value was X.".
class $ArgumentOutOfRangeException extends $ArgumentException {
  constructor(p, m, i, v) { super(m, p, i); this.ActualValue = v; }
  get Message() { const v = this.ActualValue; return super.Message + (v === undefined ? "" : "\nActual value was " + $str(v) + "."); }
}
$ArgumentOutOfRangeException.$tn = "System.ArgumentOutOfRangeException";
$ArgumentOutOfRangeException.$defaultMessage = "Specified argument was out of the range of valid values.";
