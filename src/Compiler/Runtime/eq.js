// EqualityComparer<T>.Default.Equals on our representation: records and classes use Equals, NaN equals NaN.
function $eq(a, b) {
  if (a === b) return true;
  if (a == null || b == null) return false;
  if (typeof a === "number") return a !== a && b !== b;
  if (typeof a.Equals === "function") return a.Equals(b);
  if (Array.isArray(a) && Array.isArray(b) && a.$tuple !== false) return a.length === b.length && a.every((x, i) => $eq(x, b[i]));
  return false;
}
