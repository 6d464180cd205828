// A value converted to object: a box when its type is one JS cannot tell apart (int, enum, char...),
// the value itself for double, bool, string, null and class instances.
function $box(v, t) {
  if (t.u) t = t.u;
  return v == null || t.k || t.c ? v : new $Boxed(v, t);
}
