// .NET order: (paramName, message, inner).
class $ArgumentNullException extends $ArgumentException {
  constructor(p, m, i) { super(m, p, i); }
}
$ArgumentNullException.$tn = "System.ArgumentNullException";
$ArgumentNullException.$defaultMessage = "Value cannot be null.";
