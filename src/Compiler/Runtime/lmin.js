// Math.Min for long/ulong.
function $lmin(a, b) { return b < a ? b : a; }
