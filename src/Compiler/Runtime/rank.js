// Array.Rank: the number of dimensions.
function $rank(a) { return a.$d ? a.$d.length : 1; }
