// A closed generic type (Cache<int>): a subclass of the erased class holding its type arguments
// ($ta) and its own static fields, created and initialised on first use as .NET does per closed type.
function $close(C, ta, name) {
  const m = C.hasOwnProperty("$cl") ? C.$cl : (C.$cl = new Map()), key = ta.map(t => t.f).join();
  let k = m.get(key);
  if (!k) {
    class Closed extends C {}
    k = Closed;
    k.$ta = ta;
    k.$tn = name + "[" + key + "]";
    k.$t = $ty(k.$tn, null, 0, k);
    m.set(key, k);
    if (C.$si) C.$si.call(k);
  }
  return k;
}
