// AggregateException.Handle: the exceptions the predicate does not handle are rethrown in a new aggregate.
function $aggHandle(a, f) {
  const left = a.InnerExceptions.filter(e => !f(e));
  if (left.length) throw new $AggregateException(a.$m, left);
}
