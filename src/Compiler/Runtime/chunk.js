// Enumerable.Chunk: arrays of up to n items.
function $chunk(xs, n) {
  if (n < 1) throw new $ArgumentOutOfRangeException("size", "Specified argument was out of the range of valid values.");
  return $seq(function* () {
    let c = [];
    for (const x of xs) { c.push(x); if (c.length === n) { yield c; c = []; } }
    if (c.length) yield c;
  });
}
