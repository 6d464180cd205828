// a[i, j, ...] = v on a multi-dimensional array; yields v like an assignment.
function $mds(a, v, ...ix) { return a[$mdx(a, ix)] = v; }
