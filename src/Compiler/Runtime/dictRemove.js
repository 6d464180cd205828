// Dictionary.Remove(k, out v).
function $dictRemove(m, k, o, d) {
  const found = m.has(k);
  o.v = found ? m.get(k) : d;
  return found && m.delete(k);
}
