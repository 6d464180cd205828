// CancellationTokenSource.CreateLinkedTokenSource: cancelled when any of the tokens is.
function $ctsLinked(ts) {
  const c = new $Cts();
  for (const t of ts) $ctReg(t, () => c.Cancel());
  return c;
}
