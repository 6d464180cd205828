// System.Text.StringBuilder over a JS string (engines make += cheap with ropes).
// Templates convert chars, doubles, bools and objects to text before calling Append. A bundle carries only
// the members it names (Bundler.ShakeRuntimeClasses): Append and ToString alone are a few lines. The
// members behind Remove and the indexer have names no other code is likely to use (Cut, CharAt,
// SetCharAt), so a program's own Get, Set or Remove methods do not keep them.
class $StringBuilder {
  constructor(s) { this.s = s == null ? "" : s; }
  Append(t) { if (t != null) this.s += t; return this; }
  AppendLine(t) { return this.Append(t).Append("\n"); }
  Insert(i, t) {
    if (i < 0 || i > this.s.length) $fail("ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.", "index");
    if (t != null) this.s = this.s.slice(0, i) + t + this.s.slice(i);
    return this;
  }
  Cut(i, n) {
    if (i < 0 || n < 0 || i + n > this.s.length) $fail("ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.", n < 0 || i >= 0 ? "length" : "startIndex");
    this.s = this.s.slice(0, i) + this.s.slice(i + n);
    return this;
  }
  Replace(a, b) { this.s = this.s.split(a).join(b == null ? "" : b); return this; }
  Clear() { this.s = ""; return this; }
  get Length() { return this.s.length; }
  set Length(n) { this.s = n <= this.s.length ? this.s.slice(0, n) : this.s + "\0".repeat(n - this.s.length); }
  CharAt(i) {
    if (i >>> 0 !== i || i >= this.s.length) $fail("IndexOutOfRangeException", "Index was outside the bounds of the array.");
    return this.s.charCodeAt(i);
  }
  SetCharAt(i, c) {
    if (i >>> 0 !== i || i >= this.s.length) $fail("ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection.", "index");
    this.s = this.s.slice(0, i) + String.fromCharCode(c) + this.s.slice(i + 1);
  }
  toString() { return this.s; }
  ToString() { return this.s; }
}
