// StringComparer.Ordinal: UTF-16 code-unit order, the order JS compares strings in; Compare returns
// .NET's value (the first differing code units subtracted, else the lengths).
const $ordinal = {
  Compare: (a, b) => {
    if (a === b) return 0;
    if (a == null) return -1;
    if (b == null) return 1;
    for (let i = 0, n = Math.min(a.length, b.length); i < n; i++) { const d = a.charCodeAt(i) - b.charCodeAt(i); if (d) return d; }
    return a.length - b.length;
  },
  Equals: (a, b) => a === b,
  GetHashCode: (s) => (s == null ? 0 : s),
};
