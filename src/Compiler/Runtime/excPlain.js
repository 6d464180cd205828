// $exc where the program cannot tell one exception class from another (Reach/ExceptionTypes.cs: no
// type test, GetType, ToString or type name reaches a caught exception): any thrown JS value becomes
// a plain $Exception with the Message .NET's class would have, so the bundle carries no other class.
function $exc(e) {
  if (e instanceof $Exception) return e;
  const m = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/.test(m)) throw e;
  const p = e instanceof Error && e.name === "ArgumentOutOfRangeException" ? e.$param : null;
  const r = new $Exception(p ? m + " (Parameter '" + p + "')"
    : e instanceof TypeError ? "Object reference not set to an instance of an object."
    : e instanceof RangeError ? "Specified argument was out of the range of valid values." : m);
  r.$js = e;
  return r;
}
