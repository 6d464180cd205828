// CancellationToken.ThrowIfCancellationRequested: the exception carries its token.
function $ctThrow(ct) {
  if (ct != null && ct.IsCancellationRequested) { const e = new $OperationCanceledException("The operation was canceled."); e.ct = ct; throw e; }
}
