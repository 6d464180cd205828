/** System.SystemException: constructor (message, innerException), as on .NET. */
class $SystemException extends $Exception {
  static get $defaultMessage() { return "System error."; }
}
$SystemException.$tn = "System.SystemException";
