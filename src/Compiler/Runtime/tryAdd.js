// Dictionary.TryAdd: adds only when the key is new.
function $tryAdd(m, k, v) {
  if (m.has(k)) return false;
  m.set(k, v);
  return true;
}
