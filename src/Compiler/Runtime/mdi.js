// a[i, j, ...] read on a multi-dimensional array.
function $mdi(a, ...ix) { return a[$mdx(a, ix)]; }
