// Enumerable.Intersect (keep = true) / Except (keep = false): distinct items of a, by membership in b.
function $setOp(a, b, keep) {
  return $seq(function* () {
    const other = new Set(b), seen = new Set();
    for (const x of a) if (other.has(x) === keep && !seen.has(x)) { seen.add(x); yield x; }
  });
}
