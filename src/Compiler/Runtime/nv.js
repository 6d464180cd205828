// Nullable<T>.Value.
function $nv(x) {
  if (x == null) $fail("InvalidOperationException", "Nullable object must have a value.");
  return x;
}
