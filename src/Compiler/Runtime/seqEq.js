// Enumerable.SequenceEqual with the default equality.
function $seqEq(a, b) {
  const ib = b[Symbol.iterator]();
  for (const x of a) {
    const y = ib.next();
    if (y.done || !(x === y.value || (x !== x && y.value !== y.value))) return false;
  }
  return !!ib.next().done;
}
