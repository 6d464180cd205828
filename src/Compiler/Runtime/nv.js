// Nullable<T>.Value.
function $nv(x) {
  if (x == null) throw new $InvalidOperationException("Nullable object must have a value.");
  return x;
}
