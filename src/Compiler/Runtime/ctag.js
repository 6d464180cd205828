// A collection seen as object or an interface, in a program that tests element types (Reach.CollectionTags):
// its .NET full name and Name, kept on the array/Map/Set itself (not enumerable). The first tag is its real type.
function $ctag(x, full, name) {
  if (x != null && x.$ct === undefined) Object.defineProperties(x, { $ct: { value: full }, $cn: { value: name } });
  return x;
}
