// TaskCompletionSource<T>: Task is a native promise settled from outside.
// Failures are marked handled, as .NET ignores unobserved task exceptions.
class $Tcs {
  constructor() {
    this.done = false;
    this.Task = new Promise((res, rej) => { this.res = res; this.rej = rej; });
    this.Task.catch(() => {});
  }
  TrySetResult(v) { if (this.done) return false; this.done = true; this.res(v); return true; }
  TrySetException(e) { if (this.done) return false; this.done = true; this.rej(e); return true; }
  TrySetCanceled() { return this.TrySetException(new $TaskCanceledException("A task was canceled.")); }
  SetResult(v) { this.check(this.TrySetResult(v)); }
  SetException(e) { this.check(this.TrySetException(e)); }
  SetCanceled() { this.check(this.TrySetCanceled()); }
  check(ok) { if (!ok) throw new $InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
}
