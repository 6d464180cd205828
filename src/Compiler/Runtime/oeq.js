// object.Equals(a, b): reference or value equality, a user Equals override, NaN equals NaN.
function $oeq(a, b) {
  return a === b || a !== a && b !== b || a != null && b != null && typeof a.Equals === "function" && a.Equals(b);
}
