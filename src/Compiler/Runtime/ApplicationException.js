/** System.ApplicationException: constructor (message, innerException), as on .NET. */
class $ApplicationException extends $Exception {
  static get $defaultMessage() { return "Error in the application."; }
}
$ApplicationException.$tn = "System.ApplicationException";
