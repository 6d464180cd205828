// Array.Sort(a, i, n): sorts n items from i with the default comparer.
function $asort(a, i, n) {
  if (i < 0 || n < 0 || i + n > a.length) throw new $ArgumentOutOfRangeException(i < 0 ? "index" : "length");
  const part = a.slice(i, i + n).sort($cmp);
  for (let k = 0; k < n; k++) a[i + k] = part[k];
}
