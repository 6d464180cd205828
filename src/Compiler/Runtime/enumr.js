// IEnumerable.GetEnumerator(): the collection's JS iterator.
function $enumr(xs) { return xs[Symbol.iterator](); }
