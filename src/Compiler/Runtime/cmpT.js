// Comparer<T>.Default for the sorted collections, where T may be a tuple (an Array): element by element.
function $cmpT(a, b) { return Array.isArray(a) && Array.isArray(b) ? $tcmp(a, b) : $cmp(a, b); }
