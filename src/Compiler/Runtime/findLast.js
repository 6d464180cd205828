// List<T>.FindLast / Array.FindLast: the last match or the default value d.
function $findLast(a, f, d) {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return a[i];
  return d;
}
