// Array.Resize(ref a, n): a new array of n items (the old ones, then the default d); a null array is new.
function $aresize(box, n, d) {
  if (n < 0) throw new $ArgumentOutOfRangeException("newSize", "Non-negative number required.");
  const a = box.v, r = new Array(n).fill(d);
  if (a != null) for (let k = 0; k < Math.min(n, a.length); k++) r[k] = a[k];
  box.v = r;
}
