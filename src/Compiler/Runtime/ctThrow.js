// CancellationToken.ThrowIfCancellationRequested.
function $ctThrow(ct) {
  if (ct != null && ct.IsCancellationRequested) throw new $OperationCanceledException("The operation was canceled.");
}
