// The catch of frame h: which arm takes e (first pass if none ran yet). A catch that takes e forgets
// the answers, so a rethrow runs a new first pass from there.
function $farm(e, h) {
  $fpass(e);
  let a = e.$fa.get(h);
  if (a === undefined) a = h(e);
  $fpop(h);
  if (a >= 0) e.$fa = null;
  return a;
}
