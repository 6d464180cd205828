// A boxed value type: the value and its run-time type, so `o is int`, Equals, GetHashCode and
// ToString on object answer as .NET. Only programs that test a boxed value's type create boxes.
class $Boxed {
  // constructor: its type, so GetType() and $typeFullName see Int32/the enum, not $Boxed.
  constructor(v, t) { this.v = v; this.t = t; this.constructor = t; }
  ToString(f) {
    const v = this.v, t = this.t;
    return t.s ? t.s(v) : typeof v === "bigint" ? (f ? $lfmt(v, f) : String(v)) : f && typeof v === "number" && !t.e ? $fmtnum(v, f) : t.e ? $enumStr(v, t.e, t.fl) : t.f === "System.Char" ? String.fromCharCode(v) : t.f === "System.Single" ? $flt(v) : $str(v);
  }
  toString() { return this.ToString(); }
  valueOf() { return this.v; }
  toJSON() { return this.v; }
  Equals(o) { return o instanceof $Boxed && o.t === this.t && (o.v === this.v || o.v !== o.v && this.v !== this.v); }
  GetHashCode() { const v = this.v; return this.t.f === "System.Char" ? v | v << 16 : typeof v === "number" ? v | 0 : 0; }
  CompareTo(o) { return $cmp(this.v, o instanceof $Boxed ? o.v : o); }
}

