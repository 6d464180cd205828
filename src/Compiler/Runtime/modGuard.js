// foreach over a collection its loop body changes (see Emitter.ModifiedGuard): throws as .NET's enumerator
// does at the next MoveNext once a list changed (its length, or the element just visited replaced), or a
// Dictionary/HashSet gained a key (removals and overwrites do not throw there).
function* $modGuard(c, xs, keyed) {
  const fail = () => $fail("InvalidOperationException", "Collection was modified; enumeration operation may not execute.");
  if (keyed) {
    let n = c.size;
    for (const x of xs) {
      if (c.size > n) fail();
      n = c.size;
      yield x;
    }
    if (c.size > n) fail();
    return;
  }
  const n = c.length;
  let last;
  for (let i = 0; ; i++) {
    if (c.length !== n || i > 0 && !Object.is(c[i - 1], last)) fail();
    if (i >= n) return;
    last = c[i];
    yield last;
  }
}
