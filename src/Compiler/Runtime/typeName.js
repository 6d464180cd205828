// x.GetType().Name: the full name after the last namespace dot or nesting plus.
function $typeName(x) { return /[^.+]*$/.exec($typeFullName(x))[0]; }
