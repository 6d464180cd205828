// EqualityComparer<T>.Default.GetHashCode on our representation: an int hashes to itself, a bool to
// 1/0, a string to a stable FNV-1a of its code units (.NET randomizes string hashes per process), an
// object through its GetHashCode.
function $hash(x) {
  const t = typeof x;
  if (x == null) return 0;
  if (t === "number") return Number.isInteger(x) && (x | 0) === x ? x : $hash(String(x));
  if (t === "boolean") return x ? 1 : 0;
  if (t === "string") { let h = -2128831035; for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 16777619); return h; }
  return typeof x.GetHashCode === "function" ? x.GetHashCode() : 0;
}
