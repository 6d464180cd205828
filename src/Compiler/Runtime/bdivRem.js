// BigInteger.DivRem(a, b, out r): the quotient, the remainder into r's box.
function $bdivRem(a, b, o) { o.v = $bdiv(a, b, true); return a / b; }
