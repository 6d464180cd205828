// Count of a collection seen through an interface: Array length, Map/Set size, or a user collection's Count.
function $len(c) {
  return Array.isArray(c) ? c.length : c.size !== undefined ? c.size : c.Count;
}
