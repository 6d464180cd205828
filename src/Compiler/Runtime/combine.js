// Delegate.Combine: a multicast delegate is a function that calls each of its parts in order.
function $combine(a, b) {
  if (a == null) return b;
  if (b == null) return a;
  const parts = (a.$parts || [a]).concat(b.$parts || [b]);
  const f = function (...args) {
    let r;
    for (const p of parts) r = p.apply(this, args);
    return r;
  };
  f.$parts = parts;
  return f;
}
