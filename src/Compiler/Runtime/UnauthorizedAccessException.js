/** System.UnauthorizedAccessException: constructor (message, innerException), as on .NET. */
class $UnauthorizedAccessException extends $SystemException {
  static get $defaultMessage() { return "Attempted to perform an unauthorized operation."; }
}
$UnauthorizedAccessException.$tn = "System.UnauthorizedAccessException";
