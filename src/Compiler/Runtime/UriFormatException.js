/** System.UriFormatException: constructor (message, innerException), as on .NET. */
class $UriFormatException extends $FormatException {
  static get $defaultMessage() { return "One of the identified items was in an invalid format."; }
}
$UriFormatException.$tn = "System.UriFormatException";
