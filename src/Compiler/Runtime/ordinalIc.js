// StringComparer.OrdinalIgnoreCase: compares upper-cased code units, as .NET does.
const $ordinalIc = {
  Compare: (a, b) => $ordinal.Compare(a == null ? a : a.toUpperCase(), b == null ? b : b.toUpperCase()),
  Equals: (a, b) => $ordinalIc.Compare(a, b) === 0,
  GetHashCode: (s) => (s == null ? 0 : s.toUpperCase()),
};
