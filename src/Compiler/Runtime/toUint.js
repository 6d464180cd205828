// (uint)double, .NET 9+ semantics: NaN and negatives give 0, values past uint.MaxValue saturate.
function $toUint(d) { return d !== d || d <= 0 ? 0 : d >= 4294967295 ? 4294967295 : Math.trunc(d); }
