// A new array of copies of struct elements (an array cloned, a List built from one): nothing is shared.
function $copies(a) {
  return Array.from(a, x => x.$copy());
}
