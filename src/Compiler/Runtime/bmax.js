// BigInteger.Max (and Abs as Max(x, -x)).
function $bmax(a, b) { return a < b ? b : a; }
