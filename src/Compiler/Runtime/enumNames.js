// Enum.GetNames: names ordered by (unsigned) value, as .NET returns them.
function $enumNames(E) { return Object.keys(E).sort((a, b) => (E[a] >>> 0) - (E[b] >>> 0)); }
