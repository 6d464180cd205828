// Delegate.Remove: drops the last occurrence of b's invocation list from a's.
function $remove(a, b) {
  if (a == null || b == null) return a;
  const pa = a.$parts || [a], pb = b.$parts || [b];
  for (let i = pa.length - pb.length; i >= 0; i--) {
    if (pb.every((p, j) => pa[i + j] === p)) {
      const rest = pa.slice(0, i).concat(pa.slice(i + pb.length));
      if (rest.length === 0) return null;
      return rest.length === 1 ? rest[0] : rest.reduce((x, y) => $combine(x, y), null);
    }
  }
  return a;
}
