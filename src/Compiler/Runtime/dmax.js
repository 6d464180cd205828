// Math.Max (s = 1) / Math.Min (s = -1) for decimals: the first of equal values.
function $dmax(a, b, s) { return a.cmp(b) * s >= 0 ? a : b; }
