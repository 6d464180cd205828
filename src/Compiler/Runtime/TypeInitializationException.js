// TypeInitializationException(fullTypeName, inner): a static initialiser threw.
class $TypeInitializationException extends $SystemException {
  constructor(n, i) { super("The type initializer for '" + n + "' threw an exception.", i); this.TypeName = n; }
}
$TypeInitializationException.$tn = "System.TypeInitializationException";
