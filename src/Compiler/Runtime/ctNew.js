// new CancellationToken(canceled): an already cancelled source, or CancellationToken.None (null).
function $ctNew(c) {
  if (!c) return null;
  const s = new $Cts();
  s.Cancel();
  return s;
}
