// new S[n, m, ...] of a user struct: a multi-dimensional array whose every slot is its own default instance.
function $mdNew(dims, f) {
  return $md(dims, null, Array.from({ length: dims.reduce((p, n) => p * n, 1) }, f));
}
