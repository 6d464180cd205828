// A collection of raw value-type elements (a List<int>, an int[]) seen through object or a non-generic
// interface in a boxing program: its element type, so code enumerating it without a type boxes each one.
function $ebTag(x, t) {
  if (x != null && typeof x === "object" && x.$eb === undefined) Object.defineProperty(x, "$eb", { value: t });
  return x;
}
