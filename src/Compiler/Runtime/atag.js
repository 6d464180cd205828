// An array that remembers its element type (a test on values), for the stores $asetv checks.
function $atag(a, t) { a.$et = t; return a; }
