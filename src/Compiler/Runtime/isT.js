// `x is int[]` / `x is List<int>` in a tagging program (Reach.CollectionTags): a tagged collection answers by
// its tag (names: the tagged closed types convertible to the tested one); an untagged value by k: the answer
// (true/false) where its static type was a collection type, else its JS kind (Array, Map, Set...).
function $isT(x, names, k) {
  return x != null && (x.$ct !== undefined ? names.includes(x.$ct) : typeof k === "boolean" ? k : x instanceof k);
}
