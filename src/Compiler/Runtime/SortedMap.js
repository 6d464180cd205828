// SortedDictionary<K,V> and SortedList<K,V>: keys kept sorted in an array (binary search by the comparer
// c, or Comparer<K>.Default), with Map's API so that every Dictionary mapping works on it. Enumeration
// yields [key, value] pairs (KeyValuePair) in key order.
class $SortedMap {
  constructor(c, src) {
    this.c = c || null; this.ks = []; this.vs = [];
    if (src) for (const [k, v] of src) $dictAdd(this, k, v);
  }
  get size() { return this.ks.length; }
  has(k) { return $bfind(this.ks, k, this.c) >= 0; }
  get(k) { const i = $bfind(this.ks, k, this.c); return i < 0 ? undefined : this.vs[i]; }
  set(k, v) {
    const i = $bfind(this.ks, k, this.c);
    if (i >= 0) this.vs[i] = v; else { this.ks.splice(~i, 0, k); this.vs.splice(~i, 0, v); }
    return this;
  }
  delete(k) {
    const i = $bfind(this.ks, k, this.c);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }
  removeAt(i) {
    if (i >>> 0 !== i || i >= this.ks.length) throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
    this.ks.splice(i, 1); this.vs.splice(i, 1);
  }
  clear() { this.ks.length = 0; this.vs.length = 0; }
  *entries() { for (let i = 0; i < this.ks.length; i++) yield [this.ks[i], this.vs[i]]; }
  keys() { return this.ks.values(); }
  values() { return this.vs.values(); }
  [Symbol.iterator]() { return this.entries(); }
  forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
}
