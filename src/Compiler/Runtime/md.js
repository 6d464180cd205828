// A multi-dimensional array (new T[n, m, ...]): a flat row-major Array (so Length and foreach are .NET's)
// with its lengths in $d; items: the flattened initializer, else every slot holds the default d.
function $md(dims, d, items) {
  if (dims.some(n => n < 0)) throw new $OverflowException("Arithmetic operation resulted in an overflow.");
  const a = items || new Array(dims.reduce((p, n) => p * n, 1)).fill(d);
  a.$d = dims;
  return a;
}
