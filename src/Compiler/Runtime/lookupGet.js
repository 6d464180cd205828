// ILookup<K,T>[key]: the group, or an empty sequence.
function $lookupGet(l, k) {
  return l.m.get(k) || [];
}
