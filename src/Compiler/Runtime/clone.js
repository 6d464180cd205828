// The copy a record's `with` expression starts from: same prototype, same fields.
function $clone(o) {
  return Object.assign(Object.create(Object.getPrototypeOf(o)), o);
}
