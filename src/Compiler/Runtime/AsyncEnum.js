// IAsyncEnumerator<T> over a lowered async iterator: MoveNextAsync runs to the next item or the end;
// DisposeAsync runs the pending finally blocks (awaits included) of an enumeration left early.
class $AsyncEnum {
  constructor(it) { this.it = it; this.Current = undefined; this.fin = false; }
  MoveNextAsync() {
    const t = new $Task();
    if (this.fin) t.$end(5, false, null);
    else $step(this.it, "next", undefined, v => { this.Current = v; t.$end(5, true, null); },
      () => { this.fin = true; t.$end(5, false, null); }, e => { this.fin = true; t.$fail(e); });
    return t;
  }
  DisposeAsync() {
    const t = new $Task(), end = () => t.$end(5, undefined, null);
    if (this.fin) end();
    else { this.fin = true; $step(this.it, "return", undefined, end, end, e => t.$fail(e)); }
    return t;
  }
}
