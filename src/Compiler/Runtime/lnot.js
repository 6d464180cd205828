// ~long (two's complement: -x - 1); $unot is the ulong form.
function $lnot(a) { return typeof a === "number" && a === (a | 0) ? ~a : $i64(-BigInt(a) - 1n); }
