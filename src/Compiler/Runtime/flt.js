// float.ToString(): shortest digits that round-trip through Math.fround.
function $flt(x) { return $dbl(x, 1); }
