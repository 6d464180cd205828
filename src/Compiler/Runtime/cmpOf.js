// Turns an IComparer<T> object (or null = Comparer<T>.Default) into a JS compare function.
function $cmpOf(c) {
  return c == null ? $cmp : (a, b) => c.Compare(a, b);
}
