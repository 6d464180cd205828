// Dictionary.Add: a duplicate key throws like .NET.
function $dictAdd(m, k, v) {
  if (m.has(k)) throw new $ArgumentException("An item with the same key has already been added. Key: " + $str(k));
  m.set(k, v);
}
