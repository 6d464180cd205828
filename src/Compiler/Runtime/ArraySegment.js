// ArraySegment<T>: a window (Offset, Count) on an array; reads and writes go to the array itself.
class $ArraySegment {
  constructor(a, o, n) {
    if (a == null) throw new $ArgumentNullException("array");
    if (o === undefined) { o = 0; n = a.length; }
    if (o < 0 || n < 0) throw new $ArgumentOutOfRangeException(o < 0 ? "offset" : "count", "Non-negative number required.");
    if (n > a.length - o) throw new $ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
    this.Array = a; this.Offset = o; this.Count = n;
  }
  $i(i) {
    if (i >>> 0 !== i || i >= this.Count) throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
    return this.Offset + i;
  }
  get$item(i) { return this.Array[this.$i(i)]; }
  set$item(i, v) { return this.Array[this.$i(i)] = v; }
  slice(i, n) {
    if (n === undefined) n = this.Count - i;
    if (i >>> 0 !== i || n < 0 || i + n > this.Count) throw new $ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
    return new $ArraySegment(this.Array, this.Offset + i, n);
  }
  toArray() { return this.Array.slice(this.Offset, this.Offset + this.Count); }
  indexOf(x) { return $idx(this.toArray(), x); }
  *[Symbol.iterator]() { for (let i = 0; i < this.Count; i++) yield this.Array[this.Offset + i]; }
}
