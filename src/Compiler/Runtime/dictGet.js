// Dictionary indexer read: a missing key throws like .NET.
function $dictGet(m, k) {
  const v = m.get(k);
  if (v === undefined && !m.has(k)) throw new $KeyNotFoundException("The given key '" + $str(k) + "' was not present in the dictionary.");
  return v;
}
