// GetValueOrDefault(k[, d]).
function $getOr(m, k, d) {
  return m.has(k) ? m.get(k) : d;
}
