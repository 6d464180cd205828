// Enumerable.ToLookup: an eager ILookup; enumerating it yields the groups, a missing key gives an empty one.
function $toLookup(xs, key, e, mk) {
  const m = $groups(xs, key, e, mk);
  return { m, get Count() { return m.size; }, [Symbol.iterator]: () => m.values() };
}
