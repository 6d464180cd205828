// A run-time type (typeof(T), a reified type argument, a box's type), interned by its full name so
// that typeof(A) == typeof(B) is identity. d: default value; k: the JS typeof of its unboxed values;
// c: its class (instanceof) or interface brand; e, fl: an enum's names and [Flags]; u: Nullable's T;
// s: how a value prints when $str would not say it (a KeyValuePair's or tuple's parts).
function $ty(f, d, k, c, e, fl, u, s) {
  const m = $ty.m || ($ty.m = new Map());
  let t = m.get(f);
  if (!t) m.set(f, t = {
    f, $fullName: f, n: /[^.+]*$/.exec(f.replace(/\[[^\]].*$/, ""))[0], d, c, e, fl, u, k, s,
    i: x => u ? u.i(x) : x != null && (typeof c === "function" ? x instanceof c : c ? x[c] === true : k === "any" || k && typeof x === k || x instanceof $Boxed && x.t === t),
    toString: () => f,
    ToString: () => f,
  });
  return t;
}
