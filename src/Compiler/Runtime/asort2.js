// Array.Sort(keys, items[, comparer]): sorts keys and moves each item with its key.
function $asort2(keys, items, c) {
  if (items != null && items.length < keys.length) throw new $ArgumentException("Length of the items array must be at least the length of the keys array.");
  const f = $cmpOf(c), idx = keys.map((_, i) => i).sort((i, j) => f(keys[i], keys[j]) || i - j);
  const ks = idx.map(i => keys[i]), xs = items && idx.map(i => items[i]);
  for (let i = 0; i < ks.length; i++) { keys[i] = ks[i]; if (xs) items[i] = xs[i]; }
}
