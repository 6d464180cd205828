// HashSet<T>.RemoveWhere: returns how many were removed.
function $removeWhere(s, f) {
  let n = 0;
  for (const x of Array.from(s)) if (f(x)) { s.delete(x); n++; }
  return n;
}
