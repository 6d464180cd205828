// HashSet<T> keyed by Equals/GetHashCode or by an IEqualityComparer<T> (c), with Set's API.
class $HSet extends $HMap {
  constructor(c, src) { super(c); if (src) for (const x of src) this.add(x); }
  add(x) { if (!this.has(x)) this.set(x, x); return this; }
  [Symbol.iterator]() { return this.keys(); }
  values() { return this.keys(); }
  forEach(f) { for (const x of this.keys()) f(x, x, this); }
  // A set with the same comparer (IntersectWith, SetEquals...).
  $like(xs) { return new $HSet(this.c, xs); }
}
