// LinkedListNode<T>: Value, and List/Next/Previous kept by the $LinkedList that holds it (null when detached).
class $LinkedListNode {
  constructor(v) { this.Value = v; this.List = null; this.Next = null; this.Previous = null; }
}
