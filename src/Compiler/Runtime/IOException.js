/** System.IO.IOException: constructor (message, innerException), as on .NET. */
class $IOException extends $SystemException {
  static get $defaultMessage() { return "I/O error occurred."; }
}
$IOException.$tn = "System.IO.IOException";
