// Enum.IsDefined(typeof(E), value): a name (string) or a value (a number, or a box of one).
function $enumDefined(t, v) {
  return typeof v === "string" ? Object.prototype.hasOwnProperty.call(t.e, v) : Object.values(t.e).includes(+v);
}
