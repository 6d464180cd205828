// Base of every .NET exception. A null message falls back to the type's default
// ($defaultMessage, inherited by subclasses) or to "Exception of type 'X' was thrown.". Every exception
// class, runtime or compiled, has its own $tn (its .NET full name), so the type name is read there.
class $Exception extends Error {
  constructor(m, i) {
    super();
    this.$m = m == null ? this.constructor.$defaultMessage : m;
    this.InnerException = i == null ? null : i;
  }
  get Message() { const m = this.$m; return m == null ? "Exception of type '" + this.constructor.$tn + "' was thrown." : m; }
  // So JS consoles and uncaught-error reports show the .NET message and type.
  get message() { return this.Message; }
  get name() { return /[^.+]*$/.exec(this.constructor.$tn)[0]; }
  get StackTrace() { return this.stack; }
  GetBaseException() { let e = this; while (e.InnerException) e = e.InnerException; return e; }
  ToString() {
    const m = this.Message, i = this.InnerException;
    return this.constructor.$tn + (m ? ": " + m : "") + (i ? "\n ---> " + i.ToString() + "\n   --- End of inner exception stack trace ---" : "");
  }
}
$Exception.$tn = "System.Exception";
