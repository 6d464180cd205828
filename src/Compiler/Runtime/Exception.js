// Base of every .NET exception. A null message falls back to the type's default
// ($defaultMessage, inherited by subclasses) or to "Exception of type 'X' was thrown.".
class $Exception extends Error {
  constructor(m, i) {
    super();
    this.$m = m == null ? this.constructor.$defaultMessage : m;
    this.InnerException = i == null ? null : i;
  }
  get Message() { const m = this.$m; return m == null ? "Exception of type '" + $typeFullName(this) + "' was thrown." : m; }
  // So JS consoles and uncaught-error reports show the .NET message and type.
  get message() { return this.Message; }
  get name() { return $typeName(this); }
  get StackTrace() { return this.stack; }
  GetBaseException() { let e = this; while (e.InnerException) e = e.InnerException; return e; }
  ToString() {
    const m = this.Message, i = this.InnerException;
    return $typeFullName(this) + (m ? ": " + m : "") + (i ? "\n ---> " + i.ToString() + "\n   --- End of inner exception stack trace ---" : "");
  }
}
$Exception.$tn = "System.Exception";
