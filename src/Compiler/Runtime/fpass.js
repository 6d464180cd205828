// Exception filters, .NET's two passes: $fpass.s holds a handler frame for every try-with-catch the
// program is inside (innermost last); a frame answers which of its catches takes e (-1: none), running
// the filters. The first pass asks the frames from the innermost out until one takes e and records
// the answers on e, before any finally runs; the catches then read the answers ($farm).
function $fpass(e) {
  if (e.$fa) return e;
  const s = $fpass.s, fa = e.$fa = new Map();
  for (let i = s.length - 1; i >= 0; i--) {
    let a = -1;
    try { a = s[i](e); } catch (x) { a = -1; }
    fa.set(s[i], a);
    if (a >= 0) break;
  }
  return e;
}
$fpass.s = [];
