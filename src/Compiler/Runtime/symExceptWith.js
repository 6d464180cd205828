// HashSet<T>.SymmetricExceptWith in .NET's order: from a set with the same comparer each item is removed
// or added in turn (an add reuses the slot a removal just freed); from any other sequence the new items
// are added first and the shared ones removed afterwards.
function $symExceptWith(s, xs) {
  if (s === xs) { s.clear(); return; }
  if (s.$like ? xs.$like && xs.c === s.c : xs instanceof Set) {
    for (const x of Array.from(xs)) if (!s.delete(x)) s.add(x);
    return;
  }
  const added = s.$like ? s.$like() : new Set(), shared = s.$like ? s.$like() : new Set();
  for (const x of xs) {
    if (!s.has(x)) { s.add(x); added.add(x); }
    else if (!added.has(x)) shared.add(x);
  }
  for (const x of shared) s.delete(x);
}
