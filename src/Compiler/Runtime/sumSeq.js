// Enumerable.Sum (f optional); empty gives 0, null items (int?) are skipped.
function $sumSeq(xs, f) {
  let s = 0;
  for (const x of xs) { const v = f ? f(x) : x; if (v != null) s += v; }
  return s;
}
