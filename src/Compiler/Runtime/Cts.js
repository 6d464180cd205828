// CancellationTokenSource; its CancellationToken is the source itself (CancellationToken.None is null).
class $Cts {
  constructor(ms) { this.IsCancellationRequested = false; this.cbs = []; this.timer = 0; if (ms != null) this.CancelAfter(ms); }
  Cancel() {
    if (this.IsCancellationRequested) return;
    this.IsCancellationRequested = true;
    clearTimeout(this.timer);
    // .NET runs callbacks newest first.
    const cbs = this.cbs.reverse();
    this.cbs = [];
    for (const f of cbs) f();
  }
  CancelAfter(ms) {
    if (this.IsCancellationRequested) return;
    clearTimeout(this.timer);
    if (ms >= 0) this.timer = setTimeout(() => this.Cancel(), ms);
  }
  Dispose() { clearTimeout(this.timer); }
}
