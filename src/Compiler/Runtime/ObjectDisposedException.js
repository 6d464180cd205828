// ObjectDisposedException(objectName, message): the object name is appended to Message.
class $ObjectDisposedException extends $InvalidOperationException {
  constructor(n, m, i) { super(m, i); this.ObjectName = n == null ? "" : n; }
  get Message() { const n = this.ObjectName; return super.Message + (n ? "\nObject name: '" + n + "'." : ""); }
}
$ObjectDisposedException.$tn = "System.ObjectDisposedException";
$ObjectDisposedException.$defaultMessage = "Cannot access a disposed object.";
