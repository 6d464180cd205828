// checked -long: OverflowException for long.MinValue.
function $lnegc(a) { return typeof a === "number" ? 0 - a : $i64c(-a); }
