// Task.Delay(ms[, token]): -1 waits forever; cancellation rejects with TaskCanceledException.
function $delay(ms, ct) {
  return new Promise((resolve, reject) => {
    const cancel = () => reject(new $TaskCanceledException("A task was canceled."));
    if (ct && ct.IsCancellationRequested) return cancel();
    let reg = null;
    const t = ms < 0 ? 0 : setTimeout(() => { if (reg) reg.Dispose(); resolve(); }, ms);
    if (ct) reg = $ctReg(ct, () => { clearTimeout(t); cancel(); });
  });
}
