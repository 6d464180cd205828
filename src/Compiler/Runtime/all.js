// Enumerable.All.
function $all(xs, f) {
  for (const x of xs) if (!f(x)) return false;
  return true;
}
