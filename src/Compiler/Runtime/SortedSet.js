// SortedSet<T>: items kept sorted in an array (binary search by the comparer c, or Comparer<T>.Default),
// with Set's API (add answers whether the item was new, as SortedSet.Add does).
class $SortedSet {
  constructor(c, src, d) { this.c = c || null; this.xs = []; this.d = d === undefined ? null : d; if (src) for (const x of src) this.add(x); }
  get size() { return this.xs.length; }
  has(x) { return $bfind(this.xs, x, this.c, true) >= 0; }
  add(x) {
    const i = $bfind(this.xs, x, this.c, true);
    if (i >= 0) return false;
    this.xs.splice(~i, 0, x);
    return true;
  }
  delete(x) {
    const i = $bfind(this.xs, x, this.c, true);
    if (i < 0) return false;
    this.xs.splice(i, 1);
    return true;
  }
  clear() { this.xs.length = 0; }
  min() { return this.xs.length ? this.xs[0] : this.d; }
  max() { return this.xs.length ? this.xs[this.xs.length - 1] : this.d; }
  // GetViewBetween: a snapshot of the items in [lo, hi].
  view(lo, hi) {
    if ((this.c ? this.c.Compare(lo, hi) : $cmpT(lo, hi)) > 0) throw new $ArgumentException("Must be less than or equal to upperBound.", "lowerBound");
    const c = this.c ? (a, b) => this.c.Compare(a, b) : $cmpT;
    return this.$like(this.xs.filter(x => c(x, lo) >= 0 && c(x, hi) <= 0));
  }
  tryGet(x, o) { const i = $bfind(this.xs, x, this.c, true); o.v = i >= 0 ? this.xs[i] : this.d; return i >= 0; }
  [Symbol.iterator]() { return this.xs.values(); }
  keys() { return this.xs.values(); }
  values() { return this.xs.values(); }
  forEach(f) { for (const x of this.xs) f(x, x, this); }
  // A set with the same comparer (IntersectWith, SetEquals...).
  $like(xs) { return new $SortedSet(this.c, xs, this.d); }
}
