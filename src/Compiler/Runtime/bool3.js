// bool? & and | (three-valued logic): `and` is true for &, false for |.
function $bool3(a, b, and) {
  if (and) return a === false || b === false ? false : a === null || b === null ? null : true;
  return a === true || b === true ? true : a === null || b === null ? null : false;
}
