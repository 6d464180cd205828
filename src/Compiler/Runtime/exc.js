// Start of every catch block: any thrown JS value becomes a .NET exception object. A stack
// overflow is rethrown: .NET cannot catch one either. Errors thrown by $fail carry their type.
function $exc(e) {
  if (e instanceof $Exception) return e;
  const m = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/.test(m)) throw e;
  const n = e instanceof Error ? e.name : "";
  const r = n === "KeyNotFoundException" ? new $KeyNotFoundException(m)
    : n === "InvalidOperationException" ? new $InvalidOperationException(m)
    : n === "ArgumentOutOfRangeException" ? new $ArgumentOutOfRangeException(e.$param, m)
    : n === "ArgumentException" ? new $ArgumentException(m, e.$param)
    : n === "IndexOutOfRangeException" ? new $IndexOutOfRangeException(m)
    : e instanceof TypeError ? new $NullReferenceException()
    : e instanceof RangeError ? new $ArgumentOutOfRangeException() : new $Exception(m);
  r.$js = e;
  return r;
}
