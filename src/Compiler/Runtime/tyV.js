// A closed generic struct's run-time type (Pair<int>): the one $close made, given its default value
// (every field at its default, as default(T) reads it) on first use.
function $tyV(k) {
  const t = k.$t;
  if (t.d == null) t.d = new k();
  return t;
}
