// string.Equals(a, b, comparison).
function $streq(a, b, c) { return a === b || a != null && b != null && $ic(a, c) === $ic(b, c); }
