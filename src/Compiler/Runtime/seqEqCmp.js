// Enumerable.SequenceEqual(a, b, comparer): same length, each pair equal by the comparer's Equals.
function $seqEqCmp(a, b, c) {
  const ib = b[Symbol.iterator]();
  for (const x of a) {
    const y = ib.next();
    if (y.done || !c.Equals(x, y.value)) return false;
  }
  return !!ib.next().done;
}
