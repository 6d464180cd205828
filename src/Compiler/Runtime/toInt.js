// (int)double, .NET 9+ semantics: NaN gives 0, out-of-range values saturate.
function $toInt(d) { return d !== d ? 0 : d >= 2147483647 ? 2147483647 : d <= -2147483648 ? -2147483648 : d | 0; }
