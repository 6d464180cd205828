// Lazy<T>: the factory runs once, on the first Value; an exception it throws is cached and rethrown on
// every later Value, as .NET's default mode does.
class $Lazy {
  constructor(f) { this.f = f; this.d = 0; }
  static of(v) { const l = new $Lazy(null); l.v = v; l.d = 1; return l; }
  get IsValueCreated() { return this.d === 1; }
  get Value() {
    if (this.d === 0) {
      try { this.v = this.f(); this.d = 1; } catch (e) { this.e = e; this.d = 2; }
      this.f = null;
    }
    if (this.d === 2) throw this.e;
    return this.v;
  }
  ToString() { return this.d === 1 ? $str(this.v) : "Value is not created."; }
  toString() { return this.ToString(); }
}
