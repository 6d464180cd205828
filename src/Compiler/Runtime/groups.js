// Key → group (an Array with a Key property), in first-seen order: GroupBy and ToLookup.
function $groups(xs, key, e, mk) {
  const m = mk ? mk() : new Map();
  for (const x of xs) {
    const k = key(x);
    let g = m.get(k);
    if (!g) { g = []; g.Key = k; m.set(k, g); }
    g.push(e ? e(x) : x);
  }
  return m;
}
