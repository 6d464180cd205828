// EqualityComparer<T>.Default.
const $eqc = { Equals: (a, b) => $eq(a, b), GetHashCode: (x) => $hnum($hkey(x)) };
