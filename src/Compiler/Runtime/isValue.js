// `o is ValueType`: a box, a number or a bool.
function $isValue(x) { return x instanceof $Boxed || typeof x === "number" || typeof x === "boolean"; }
