// Enumerable.Take(Range): the items whose positions fall in the range, clamped (never throws); deferred.
function $takeRange(xs, r) {
  return $seq(function* () {
    const a = [...xs], n = a.length, s = Math.max(0, Math.min(n, $ixo(r[0], n))), e = Math.max(0, Math.min(n, $ixo(r[1], n)));
    for (let i = s; i < e; i++) yield a[i];
  });
}
