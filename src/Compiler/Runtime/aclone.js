// Array.Clone: a shallow copy that keeps a multi-dimensional array's lengths and a covariant array's element test.
function $aclone(a) {
  const r = a.slice();
  if (a.$d) r.$d = a.$d;
  if (a.$et) r.$et = a.$et;
  return r;
}
