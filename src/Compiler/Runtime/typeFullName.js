// x.GetType().FullName: "$tn" set on the class itself (not inherited), else a runtime class's
// $fullName, else the JS class name. Primitives get the .NET name of their usual type.
function $typeFullName(x) {
  const t = typeof x, c = x.constructor;
  return t === "string" ? "System.String" : t === "boolean" ? "System.Boolean" : t === "number" ? (Number.isInteger(x) ? "System.Int32" : "System.Double")
    : c.hasOwnProperty("$tn") ? c.$tn : c.$fullName || c.name;
}
