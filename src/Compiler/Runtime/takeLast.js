// Enumerable.TakeLast (take true) / SkipLast (take false): buffers the source when enumerated.
function $takeLast(xs, n, take) {
  return $seq(function* () {
    const a = Array.from(xs), k = Math.max(0, a.length - Math.max(0, n));
    yield* take ? a.slice(k) : a.slice(0, k);
  });
}
