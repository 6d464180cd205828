// List<T>.IndexOf/Contains/Remove compare with EqualityComparer<T>.Default: objects (records, classes
// overriding Equals) through Equals, everything else with ===.
function $idx(a, x, from) {
  if (x === null || typeof x !== "object" || typeof x.Equals !== "function") return a.indexOf(x, from);
  for (let i = from | 0; i < a.length; i++) if ($eq(a[i], x)) return i;
  return -1;
}
