// The exception List<T> throws for an index outside 0..Count-1.
function $badIndex() {
  $fail("ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection.", "index");
}
