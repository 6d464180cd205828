// Enumerable.Zip; without f the result is a tuple [a, b].
function $zip(a, b, f) {
  return $seq(function* () {
    const ib = b[Symbol.iterator]();
    for (const x of a) {
      const y = ib.next();
      if (y.done) return;
      yield f ? f(x, y.value) : [x, y.value];
    }
  });
}
