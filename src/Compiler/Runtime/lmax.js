// Math.Max for long/ulong (numbers and BigInts compare exactly with each other).
function $lmax(a, b) { return a < b ? b : a; }
