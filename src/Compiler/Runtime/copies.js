// A new array of copies of struct elements (an array cloned, a List built from one): nothing is shared;
// a multi-dimensional array keeps its lengths.
function $copies(a) {
  const r = Array.from(a, x => x.$copy());
  if (a.$d) r.$d = a.$d;
  return r;
}
