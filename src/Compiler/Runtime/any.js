// Enumerable.Any (f optional).
function $any(xs, f) {
  for (const x of xs) if (!f || f(x)) return true;
  return false;
}
