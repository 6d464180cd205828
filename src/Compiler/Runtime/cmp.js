// Comparer<T>.Default: null first, NaN below every number, numbers/strings/bools by value (strings ordinal), else CompareTo.
function $cmp(a, b) {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  if (a !== a) return b !== b ? 0 : -1;
  if (b !== b) return 1;
  if (typeof a === "object" && typeof a.CompareTo === "function") return a.CompareTo(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
