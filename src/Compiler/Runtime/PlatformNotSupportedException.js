/** System.PlatformNotSupportedException: constructor (message, innerException), as on .NET. */
class $PlatformNotSupportedException extends $NotSupportedException {
  static get $defaultMessage() { return "Operation is not supported on this platform."; }
}
$PlatformNotSupportedException.$tn = "System.PlatformNotSupportedException";
