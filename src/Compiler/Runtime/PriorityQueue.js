// PriorityQueue<TElement,TPriority> as .NET implements it: an array-backed quaternary min-heap of
// [element, priority] nodes with the same sift-up/sift-down steps, so equal priorities leave in .NET's
// (not first-in-first-out) order. c is an IComparer<TPriority> or null for Comparer<T>.Default.
class $PriorityQueue {
  constructor(c, src) { this.c = c || null; this.h = []; if (src) this.enqueueRange(src); }
  get Count() { return this.h.length; }
  $c(a, b) { return this.c ? this.c.Compare(a, b) : $cmpT(a, b); }
  $up(node, i) {
    const h = this.h;
    while (i > 0) {
      const pi = (i - 1) >> 2, parent = h[pi];
      if (this.$c(node[1], parent[1]) >= 0) break;
      h[i] = parent; i = pi;
    }
    h[i] = node;
  }
  $down(node, i) {
    const h = this.h, n = h.length;
    let f;
    while ((f = (i << 2) + 1) < n) {
      let m = h[f], mi = f;
      const end = Math.min(f + 4, n);
      for (let j = f + 1; j < end; j++) if (this.$c(h[j][1], m[1]) < 0) { m = h[j]; mi = j; }
      if (this.$c(node[1], m[1]) <= 0) break;
      h[i] = m; i = mi;
    }
    h[i] = node;
  }
  enqueue(e, p) { this.h.push(null); this.$up([e, p], this.h.length - 1); }
  // EnqueueRange on an empty queue copies then heapifies, as .NET does; otherwise one Enqueue each.
  enqueueRange(items, p) {
    const pairs = p === undefined ? items : Array.from(items, e => [e, p]);
    if (this.h.length) { for (const [e, q] of pairs) this.enqueue(e, q); return; }
    for (const [e, q] of pairs) this.h.push([e, q]);
    for (let i = (this.h.length - 2) >> 2; i >= 0; i--) this.$down(this.h[i], i);
  }
  $top() { if (!this.h.length) throw new $InvalidOperationException("Queue empty."); return this.h[0]; }
  peek() { return this.$top()[0]; }
  dequeue() {
    const root = this.$top(), last = this.h.pop();
    if (this.h.length) this.$down(last, 0);
    return root[0];
  }
  // TryDequeue/TryPeek(out e, out p): de/dp the defaults when empty.
  tryTake(oe, op, de, dp, take) {
    const ok = this.h.length > 0, root = ok ? this.h[0] : [de, dp];
    if (ok && take) this.dequeue();
    oe.v = root[0]; op.v = root[1];
    return ok;
  }
  enqueueDequeue(e, p) {
    if (this.h.length && this.$c(p, this.h[0][1]) > 0) { const root = this.h[0]; this.$down([e, p], 0); return root[0]; }
    return e;
  }
  dequeueEnqueue(e, p) {
    const root = this.$top();
    if (this.$c(p, root[1]) > 0) this.$down([e, p], 0); else this.h[0] = [e, p];
    return root[0];
  }
  // Remove(element, out e, out p): the first node in array order equal to element; the last node sifts down
  // from its slot (never up), as in .NET.
  remove(x, oe, op, de, dp, eq) {
    const i = this.h.findIndex(n => eq ? eq.Equals(n[0], x) : $eq(n[0], x));
    if (i < 0) { oe.v = de; op.v = dp; return false; }
    const node = this.h[i], last = this.h.pop();
    if (i < this.h.length) this.$down(last, i);
    oe.v = node[0]; op.v = node[1];
    return true;
  }
  clear() { this.h.length = 0; }
  items() { return this.h.map(n => [n[0], n[1]]); }
}
