// CancellationToken.Register: runs f now if already cancelled; returns a registration with Dispose.
function $ctReg(ct, f) {
  if (ct == null) return { Dispose() {} };
  if (ct.IsCancellationRequested) { f(); return { Dispose() {} }; }
  ct.cbs.push(f);
  return { Dispose() { const i = ct.cbs.indexOf(f); if (i >= 0) ct.cbs.splice(i, 1); } };
}
