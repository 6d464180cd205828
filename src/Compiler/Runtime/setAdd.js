// HashSet<T>.Add: true when the item was not there yet.
function $setAdd(s, x) {
  if (s.has(x)) return false;
  s.add(x);
  return true;
}
