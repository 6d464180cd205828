// AggregateException.Flatten: inner AggregateExceptions replaced by their own inner exceptions, recursively.
function $aggFlatten(a) {
  const out = [];
  const walk = l => { for (const e of l) if (e instanceof $AggregateException) walk(e.InnerExceptions); else out.push(e); };
  walk(a.InnerExceptions);
  return new $AggregateException(a.$m, out);
}
