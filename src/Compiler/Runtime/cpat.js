// A constant pattern on a boxed input: the same type and value (`o is Color.Red`, `o is 0`).
function $cpat(x, t, v) { return t.i(x) && (x instanceof $Boxed ? x.v : x) === v; }
