// Enumerable.Zip of three sequences: (First, Second, Third) tuples until the shortest ends.
function $zip3(a, b, c) {
  return $seq(function* () {
    const ib = b[Symbol.iterator](), ic = c[Symbol.iterator]();
    for (const x of a) {
      const y = ib.next(), z = ic.next();
      if (y.done || z.done) return;
      yield [x, y.value, z.value];
    }
  });
}
