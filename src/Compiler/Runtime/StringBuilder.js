// System.Text.StringBuilder over a JS string (engines make += cheap with ropes).
// Templates convert chars, doubles, bools and objects to text before calling Append.
class $StringBuilder {
  constructor(s) { this.s = s == null ? "" : s; }
  Append(t) { if (t != null) this.s += t; return this; }
  AppendLine(t) { return this.Append(t).Append("\n"); }
  Insert(i, t) {
    if (i < 0 || i > this.s.length) throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
    if (t != null) this.s = this.s.slice(0, i) + t + this.s.slice(i);
    return this;
  }
  Remove(i, n) {
    if (i < 0 || n < 0 || i + n > this.s.length) throw new $ArgumentOutOfRangeException(n < 0 ? "length" : "startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
    this.s = this.s.slice(0, i) + this.s.slice(i + n);
    return this;
  }
  Replace(a, b) { this.s = this.s.split(a).join(b == null ? "" : b); return this; }
  Clear() { this.s = ""; return this; }
  get Length() { return this.s.length; }
  set Length(n) { this.s = n <= this.s.length ? this.s.slice(0, n) : this.s + "\0".repeat(n - this.s.length); }
  Get(i) {
    if (i >>> 0 !== i || i >= this.s.length) throw new $IndexOutOfRangeException("Index was outside the bounds of the array.");
    return this.s.charCodeAt(i);
  }
  Set(i, c) {
    if (i >>> 0 !== i || i >= this.s.length) throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
    this.s = this.s.slice(0, i) + String.fromCharCode(c) + this.s.slice(i + 1);
  }
  toString() { return this.s; }
  ToString() { return this.s; }
}
