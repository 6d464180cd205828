// Leaves handler frame h (once: the catch leaves it before its handler runs, the finally after a normal exit).
function $fpop(h) {
  const s = $fpass.s;
  if (s[s.length - 1] === h) s.pop();
}
