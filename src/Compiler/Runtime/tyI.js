// The run-time type of a library interface (IComparable, IFormattable…): values that are not source
// classes answer through $isI from what their .NET type implements.
function $tyI(t, brand, k, n) {
  t.i = (x) => $isI(x, brand, k, n);
  return t;
}
