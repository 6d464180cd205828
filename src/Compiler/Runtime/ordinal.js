// StringComparer.Ordinal: UTF-16 code-unit order, the order JS compares strings in.
const $ordinal = { Compare: (a, b) => (a === b ? 0 : a == null ? -1 : b == null ? 1 : a < b ? -1 : 1), Equals: (a, b) => a === b, GetHashCode: (s) => (s == null ? 0 : s) };
