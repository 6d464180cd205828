// List<T>.Remove: removes the first equal item, returns whether one was found.
function $listRemove(a, x) {
  const i = $idx(a, x);
  if (i < 0) return false;
  a.splice(i, 1);
  return true;
}
