// `x is IEnumerable<int>` in a tagging program: a tagged collection answers by its tag (names: the closed
// types implementing the interface); anything else as `$isI` or a source class's brand.
function $isC(x, names, brand, k, n) {
  return x != null && x.$ct !== undefined ? names.includes(x.$ct) : k === undefined ? x != null && x[brand] === true : $isI(x, brand, k, n);
}
