// Start of every catch block: any thrown JS value becomes a .NET exception object. A stack
// overflow is rethrown: .NET cannot catch one either.
function $exc(e) {
  if (e instanceof $Exception) return e;
  const m = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/.test(m)) throw e;
  const r = e instanceof TypeError ? new $NullReferenceException() : e instanceof RangeError ? new $ArgumentOutOfRangeException(e.$param, e.$param ? m : undefined) : new $Exception(m);
  r.$js = e;
  return r;
}
