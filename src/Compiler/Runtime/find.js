// List<T>.Find / Array.Find: the first match or the default value d.
function $find(a, f, d) {
  for (const x of a) if (f(x)) return x;
  return d;
}
