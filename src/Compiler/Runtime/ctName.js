// GetType().Name / FullName in a tagging program: a tagged collection's own .NET names.
function $ctName(x, full) {
  return x != null && x.$ct !== undefined ? (full ? x.$ct : x.$cn) : full ? $typeFullName(x) : $typeName(x);
}
