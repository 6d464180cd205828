// The exception List<T> throws for an index outside 0..Count-1. A RangeError keeps small bundles free
// of the exception classes; $exc turns it into ArgumentOutOfRangeException where it is caught.
function $badIndex() {
  const e = new RangeError("Index was out of range. Must be non-negative and less than the size of the collection.");
  e.$param = "index";
  throw e;
}
