// An anonymous type's instance in a program that sees one as object (printed through object or a T,
// Equals/GetHashCode, string.Join): C#'s generated ToString, Equals and GetHashCode, member by member.
class $Anon {
  constructor(o) { Object.assign(this, o); }
  ToString() {
    const ks = Object.keys(this);
    return ks.length ? "{ " + ks.map((k) => k + " = " + $str(this[k])).join(", ") + " }" : "{ }";
  }
  toString() { return this.ToString(); }
  Equals(o) {
    const a = Object.keys(this);
    return o instanceof $Anon && a.join() === Object.keys(o).join() && a.every((k) => $eq(this[k], o[k]));
  }
  GetHashCode() { return $hashAll(Object.values(this)); }
}
