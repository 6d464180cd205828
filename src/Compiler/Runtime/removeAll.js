// List<T>.RemoveAll: compacts in place (keeps the same array), returns how many were removed.
function $removeAll(a, f) {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (!f(a[i])) a[n++] = a[i];
  const removed = a.length - n;
  a.length = n;
  return removed;
}
