// AggregateException(message, innerExceptions): Message lists each inner message in parentheses.
class $AggregateException extends $Exception {
  constructor(m, l) { l = l ? Array.from(l) : []; super(m, l[0]); this.InnerExceptions = l; }
  get Message() { return super.Message + this.InnerExceptions.map(e => " (" + e.Message + ")").join(""); }
}
$AggregateException.$tn = "System.AggregateException";
$AggregateException.$defaultMessage = "One or more errors occurred.";
