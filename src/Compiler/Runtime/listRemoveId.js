// List<T>.Remove for elements JavaScript's === compares as .NET does (strings, integers, enums): no $eq.
function $listRemoveId(a, x) {
  const i = a.indexOf(x);
  if (i < 0) return false;
  a.splice(i, 1);
  return true;
}
