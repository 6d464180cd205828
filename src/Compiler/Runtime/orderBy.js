// Enumerable.OrderBy family: a re-enumerable sequence carrying its sort keys so ThenBy can extend it.
// Each key is [selector, descending, compare]; keys are computed once per item, the sort is stable.
function $orderBy(xs, keys) {
  const o = $seq(function* () {
    const items = Array.from(xs);
    const ks = keys.map(k => items.map(k[0]));
    const idx = items.map((_, i) => i);
    idx.sort((i, j) => {
      for (let n = 0; n < keys.length; n++) {
        const c = keys[n][2](ks[n][i], ks[n][j]);
        if (c !== 0) return keys[n][1] ? -c : c;
      }
      return i - j;
    });
    for (const i of idx) yield items[i];
  });
  o.$src = xs;
  o.$keys = keys;
  return o;
}
