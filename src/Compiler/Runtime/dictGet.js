// Dictionary indexer read: a missing key throws like .NET.
function $dictGet(m, k) {
  const v = m.get(k);
  if (v === undefined && !m.has(k)) $fail("KeyNotFoundException", "The given key '" + (k === true ? "True" : k === false ? "False" : String(k)) + "' was not present in the dictionary.");
  return v;
}
