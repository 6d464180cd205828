// IComparable.CompareTo(object): .NET's primitives throw ArgumentException for another type's value.
function $icmp(a, b) {
  const t = typeof a, bt = b instanceof $Boxed ? typeof b.v : typeof b;
  const at = a instanceof $Boxed ? a.t.f : t === "number" ? (Number.isInteger(a) ? "System.Int32" : "System.Double") : t === "string" ? "System.String" : t === "boolean" ? "System.Boolean" : null;
  if (at && b != null && (a instanceof $Boxed ? !(b instanceof $Boxed && b.t === a.t) : bt !== t || b instanceof $Boxed))
    throw new $ArgumentException("Object must be of type " + at.slice(7) + ".");
  return $cmp(a, b);
}
