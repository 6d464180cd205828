// .NET's invariant ToLower: simple case mapping, one code unit to one: "İ" stays (JavaScript gives
// "i̇"), and a final "Σ" is "σ" (JavaScript's context-sensitive "ς"); everything else is JavaScript's.
function $lower(s) {
  return s.replace(/[^\u0130\u03a3]+/g, (p) => p.toLowerCase()).replace(/\u03a3/g, "\u03c3");
}
