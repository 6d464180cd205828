// Task/Task<T>/ValueTask in a program that observes them (Reach: Reified.Tasks; see docs/compiler.md,
// Tasks). Status, result and exceptions are readable at any time, and continuations run synchronously
// when the task completes, in registration order, as .NET runs await continuations. A
// TaskCompletionSource is its own Task. s: TaskStatus (1 waiting, 5 ran, 6 canceled, 7 faulted);
// r: result; x: the exceptions (a canceled task keeps its OperationCanceledException there); k: continuations.
class $Task {
  constructor(o) { this.s = 1; this.r = undefined; this.x = null; this.k = []; this.ra = (o & 64) !== 0; }
  get Status() { return this.s; }
  get IsCompleted() { return this.s >= 5; }
  get IsCompletedSuccessfully() { return this.s === 5; }
  get IsFaulted() { return this.s === 7; }
  get IsCanceled() { return this.s === 6; }
  get Exception() { return this.s !== 7 ? null : this.ag || (this.ag = new $AggregateException(null, this.x)); }
  // Only reached where the task is proven complete (a ContinueWith continuation's antecedent).
  get Result() { if (this.s === 5) return this.r; throw this.Exception || new $AggregateException(null, this.x); }
  get Task() { return this; }
  // What `await` throws: the first exception, or the cancellation.
  $err() { return this.x[0]; }
  // As .NET's Task.RunContinuations: the first await continuation, ExecuteSynchronously ContinueWith
  // and WhenAll/WhenAny's own actions run now, in registration order; later awaits and other ContinueWith
  // continuations are queued (RunContinuationsAsynchronously queues all but WhenAll/WhenAny's).
  // A continuation's w: 0 await, 1 ContinueWith, 2 ContinueWith ExecuteSynchronously, 3 WhenAll/WhenAny.
  $end(s, r, x) {
    if (this.s >= 5) return false;
    this.s = s; this.r = r; this.x = x;
    const k = this.k, now = [];
    this.k = null;
    let seen = false;
    for (const f of k) {
      const w = f.w | 0;
      if (w === 3 || !this.ra && (w === 2 || w === 0 && !seen)) now.push(f); else this.$go(f, true);
      if (w === 0) seen = true;
    }
    for (const f of now) this.$go(f, false);
    return true;
  }
  $go(f, later) { if (f.pre) f.pre(this); if (later) setTimeout(() => f(this), 0); else f(this); }
  $on(f) { if (this.k) this.k.push(f); else this.$go(f, f.w === 1); }
  // An async method's exception: OperationCanceledException cancels, anything else faults (as .NET's builder).
  // A JS error (a null dereference, a runtime helper's $fail) becomes its .NET exception first, as a catch would.
  $fail(e) { e = $exc(e); return this.$end(e instanceof $OperationCanceledException ? 6 : 7, undefined, [e]); }
  $cancel(ct) { const e = new $TaskCanceledException(); e.ct = ct; return this.$end(6, undefined, [e]); }
  TrySetResult(v) { return this.$end(5, v, null); }
  TrySetException(e) { return this.$end(7, undefined, [e]); }
  TrySetCanceled(ct) { return this.$cancel(ct); }
  SetResult(v) { this.$must(this.TrySetResult(v)); }
  SetException(e) { this.$must(this.TrySetException(e)); }
  SetCanceled(ct) { this.$must(this.TrySetCanceled(ct)); }
  $must(ok) { if (!ok) throw new $InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
  // TaskContinuationOptions: NotOnRanToCompletion 0x10000, NotOnFaulted 0x20000, NotOnCanceled 0x40000
  // (the continuation's task is canceled at once), ExecuteSynchronously 0x80000.
  ContinueWith(f, o) {
    const t = new $Task();
    const go = a => {
      if (t.s >= 5) return;
      try { t.$end(5, f(a), null); } catch (e) { t.$end(7, undefined, [$exc(e)]); }
    };
    go.w = o & 0x80000 ? 2 : 1;
    go.pre = a => { if (o & (a.s === 5 ? 0x10000 : a.s === 7 ? 0x20000 : 0x40000)) t.$cancel(null); };
    this.$on(go);
    return t;
  }
  // Interop with promises: the entry point's Promise.resolve(task), awaiting a Task from JS.
  then(ok, fail) { return new Promise((res, rej) => this.$on($Task.$act(a => a.s === 5 ? res(a.r) : rej(a.$err())))).then(ok, fail); }
  static $act(f) { f.w = 3; return f; }
  static of(p) {
    if (p instanceof $Task) return p;
    const t = new $Task();
    if (p != null && typeof p.then === "function") p.then(v => t.$end(5, v, null), e => t.$fail(e));
    else t.$end(5, p, null);
    return t;
  }
  static from(v) { const t = new $Task(); t.$end(5, v, null); return t; }
  static fault(e) { const t = new $Task(); t.$end(7, undefined, [e]); return t; }
  static canceled(ct) { const t = new $Task(); t.$cancel(ct); return t; }
  // Task.Yield: the rest of the method is queued (a macrotask turn).
  static yield() { const t = new $Task(); setTimeout(() => t.$end(5, undefined, null), 0); return t; }
  // Task.Delay(ms[, token]): 0 is already complete, -1 waits forever, cancellation cancels.
  static delay(ms, ct) {
    const t = new $Task();
    if (ct && ct.IsCancellationRequested) { t.$cancel(ct); return t; }
    if (ms === 0) { t.$end(5, undefined, null); return t; }
    let reg = null;
    const h = ms < 0 ? 0 : setTimeout(() => { if (reg) reg.Dispose(); t.$end(5, undefined, null); }, ms);
    if (ct) reg = $ctReg(ct, () => { clearTimeout(h); t.$cancel(ct); });
    return t;
  }
  // Task.WhenAll: completes when every task has; faulted with the tasks' exceptions (WhenAll<T>, g: in
  // argument order; the non-generic one: in the order the tasks failed, as .NET 9+), else canceled if
  // one was, else the results in argument order.
  static all(ts, g) {
    const a = Array.from(ts, $Task.of), t = new $Task(), bad = [];
    let n = a.length;
    const done = () => {
      const x = [];
      let c = false;
      for (const u of g ? a : bad) if (u.s === 7) x.push(...u.x); else c = c || u.s === 6;
      if (x.length) t.$end(7, undefined, x);
      else if (c) t.$cancel(null);
      else t.$end(5, a.map(u => u.r), null);
    };
    if (n === 0) done();
    for (const u of a) u.$on($Task.$act(() => { if (u.s > 5) bad.push(u); if (--n === 0) done(); }));
    return t;
  }
  // Task.WhenAny: the first task to complete (already complete: the first in argument order).
  static any(ts) {
    const t = new $Task();
    for (const u of Array.from(ts, $Task.of)) u.$on($Task.$act(() => t.$end(5, u, null)));
    return t;
  }
}
