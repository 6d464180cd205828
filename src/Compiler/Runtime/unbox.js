// (int)o, (T)o: the boxed value. As .NET's unbox: null into a non-nullable value type throws
// NullReferenceException, a box (or a raw double) of another type InvalidCastException; an enum and
// its underlying integer unbox as each other. Into object or an interface (a T that is one), a box
// stays a box. Doubles, bools and strings are never boxed.
function $unbox(x, t) {
  const u = t && (t.u || t);
  if (x == null) {
    if (t && !t.u && !u.k && !u.c) throw new $NullReferenceException();
    return x;
  }
  if (u && (u.k === "any" || typeof u.c === "string")) return x;
  const b = x instanceof $Boxed;
  if (u && (b ? u.k || u.c || x.t !== u && !u.e && !x.t.e : typeof u.c === "function" ? !(x instanceof u.c) : !u.k && !u.c && typeof x === "number"))
    throw new $InvalidCastException("Unable to cast object of type '" + (b ? x.t.f : typeof x === "number" ? "System.Double" : $typeFullName(x)) + "' to type '" + u.f + "'.");
  return b ? x.v : x;
}
