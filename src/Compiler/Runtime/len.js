// Count of a collection seen through an interface: Array length or Map/Set size.
function $len(c) {
  return Array.isArray(c) ? c.length : c.size;
}
