// Dictionary.ContainsValue.
function $containsValue(m, v) {
  for (const x of m.values()) if (x === v) return true;
  return false;
}
