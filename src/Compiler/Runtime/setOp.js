// Enumerable.Intersect (keep = true) / Except (keep = false): distinct items of a, by membership in b.
// mk makes the sets (keyed by value or a comparer); plain Sets otherwise.
function $setOp(a, b, keep, mk) {
  return $seq(function* () {
    const other = mk ? mk() : new Set(), seen = mk ? mk() : new Set();
    for (const x of b) other.add(x);
    for (const x of a) if (other.has(x) === keep && !seen.has(x)) { seen.add(x); yield x; }
  });
}
