/** System.UnauthorizedAccessException: constructor (message, innerException), as on .NET. */
class $UnauthorizedAccessException extends $SystemException {
  static get $defaultMessage() { return "Attempted to perform an unauthorized operation."; }
  static get $fullName() { return "System.UnauthorizedAccessException"; }
}
