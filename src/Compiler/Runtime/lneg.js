// -long, unchecked (long.MinValue stays itself); $lnegc is the checked form.
function $lneg(a) { return typeof a === "number" ? 0 - a : $i64w(-a); }
