// Enumerable.Join (group false) / GroupJoin (group true): inner is grouped by key when the first outer item
// arrives, null keys dropped as .NET's join lookup does; mk makes the key map for keys compared by value.
function $joinSeq(outer, inner, ok, ik, r, group, mk) {
  return $seq(function* () {
    let m = null;
    for (const x of outer) {
      if (!m) {
        m = mk ? mk() : new Map();
        for (const y of inner) {
          const k = ik(y);
          if (k == null) continue;
          const g = m.get(k);
          if (g) g.push(y); else m.set(k, [y]);
        }
      }
      const g = m.get(ok(x));
      if (group) yield r(x, g || []);
      else if (g) for (const y of g) yield r(x, y);
    }
  });
}
