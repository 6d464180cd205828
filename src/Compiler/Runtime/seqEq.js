// Enumerable.SequenceEqual with the default equality (records by value, NaN equal to NaN).
function $seqEq(a, b) {
  const ib = b[Symbol.iterator]();
  for (const x of a) {
    const y = ib.next();
    if (y.done || !(x === y.value || (x !== x && y.value !== y.value) || (x !== null && typeof x === "object" && typeof x.Equals === "function" && x.Equals(y.value)))) return false;
  }
  return !!ib.next().done;
}
