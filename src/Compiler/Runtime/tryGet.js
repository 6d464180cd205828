// Dictionary.TryGetValue(k, out v): o is the out box, d the default of the value type.
function $tryGet(m, k, o, d) {
  const found = m.has(k);
  o.v = found ? m.get(k) : d;
  return found;
}
