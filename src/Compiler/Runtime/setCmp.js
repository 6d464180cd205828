// HashSet<T> set relations: op 0 SetEquals, 1 IsSubsetOf, 2 IsSupersetOf, 3 Overlaps (xs seen with s's comparer).
function $setCmp(s, xs, op) {
  const o = s.$like ? s.$like(xs) : new Set(xs);
  if (op === 3) { for (const x of o) if (s.has(x)) return true; return false; }
  const sub = op !== 2, sup = op !== 1;
  if (sub) for (const x of s) if (!o.has(x)) return false;
  if (sup) for (const x of o) if (!s.has(x)) return false;
  return true;
}
