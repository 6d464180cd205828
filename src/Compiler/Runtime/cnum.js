// char.GetNumericValue for ASCII digits (-1 otherwise, as .NET gives for non-numeric chars).
function $cnum(c) { return c >= 48 && c <= 57 ? c - 48 : -1; }
