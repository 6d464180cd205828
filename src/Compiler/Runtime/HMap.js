// Dictionary<K,V> keyed by Equals/GetHashCode (tuples, records, structs, DateTime) or by an
// IEqualityComparer<K> (c), with Map's API so that every Dictionary mapping works on it. Entries sit in
// slots as in .NET: enumeration goes slot by slot and the next add reuses the last freed slot, so the
// order after removals is .NET's.
class $HMap {
  constructor(c, src) {
    this.c = c || null;
    this.clear();
    if (src) for (const [k, v] of src) this.set(k, v);
  }
  clear() { this.b = new Map(); this.ks = []; this.vs = []; this.used = []; this.free = []; this.size = 0; }
  $h(k) { return this.c ? this.c.GetHashCode(k) : $hkey(k); }
  $find(k, h) {
    const s = this.b.get(h);
    if (s !== undefined) for (const i of s) if (this.c ? this.c.Equals(this.ks[i], k) : $eq(this.ks[i], k)) return i;
    return -1;
  }
  has(k) { return this.$find(k, this.$h(k)) >= 0; }
  get(k) { const i = this.$find(k, this.$h(k)); return i < 0 ? undefined : this.vs[i]; }
  set(k, v) {
    const h = this.$h(k), i = this.$find(k, h);
    if (i >= 0) { this.vs[i] = v; return this; }
    const j = this.free.length ? this.free.pop() : this.ks.length;
    this.ks[j] = k; this.vs[j] = v; this.used[j] = true; this.size++;
    const s = this.b.get(h);
    if (s) s.push(j); else this.b.set(h, [j]);
    return this;
  }
  delete(k) {
    const h = this.$h(k), i = this.$find(k, h);
    if (i < 0) return false;
    const s = this.b.get(h);
    if (s.length === 1) this.b.delete(h); else s.splice(s.indexOf(i), 1);
    this.used[i] = false; this.ks[i] = this.vs[i] = undefined; this.free.push(i); this.size--;
    return true;
  }
  *entries() { for (let i = 0; i < this.ks.length; i++) if (this.used[i]) yield [this.ks[i], this.vs[i]]; }
  *keys() { for (let i = 0; i < this.ks.length; i++) if (this.used[i]) yield this.ks[i]; }
  *values() { for (let i = 0; i < this.ks.length; i++) if (this.used[i]) yield this.vs[i]; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
}
