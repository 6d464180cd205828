// IList<T>/IReadOnlyList<T> indexer: an array element (bounds-checked), or a user list's indexer.
function $ati(xs, i) { return Array.isArray(xs) ? $at(xs, i) : xs.get$item(i); }
