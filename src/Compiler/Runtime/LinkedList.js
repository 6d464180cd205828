// LinkedList<T>: a doubly linked list of $LinkedListNode with .NET's checks (a node of another list, a node
// already in a list, an empty list); Find/Remove(value) use the default equality ($eq).
class $LinkedList {
  constructor(src) { this.First = null; this.Last = null; this.Count = 0; if (src) for (const x of src) this.addLast(new $LinkedListNode(x)); }
  $own(n) {
    if (n == null) throw new $ArgumentNullException("node");
    if (n.List !== this) throw new $InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
    return n;
  }
  $link(n, p, q) {
    if (n == null) throw new $ArgumentNullException("newNode");
    if (n.List !== null) throw new $InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
    n.List = this; n.Previous = p; n.Next = q;
    if (p) p.Next = n; else this.First = n;
    if (q) q.Previous = n; else this.Last = n;
    this.Count++;
    return n;
  }
  addFirst(n) { return this.$link(n, null, this.First); }
  addLast(n) { return this.$link(n, this.Last, null); }
  addBefore(at, n) { this.$own(at); return this.$link(n, at.Previous, at); }
  addAfter(at, n) { this.$own(at); return this.$link(n, at, at.Next); }
  unlink(n) {
    this.$own(n);
    if (n.Previous) n.Previous.Next = n.Next; else this.First = n.Next;
    if (n.Next) n.Next.Previous = n.Previous; else this.Last = n.Previous;
    n.List = n.Next = n.Previous = null;
    this.Count--;
  }
  remove(v) { const n = this.find(v); if (n) this.unlink(n); return n !== null; }
  removeEnd(last) {
    const n = last ? this.Last : this.First;
    if (!n) throw new $InvalidOperationException("The LinkedList is empty.");
    this.unlink(n);
  }
  find(v) { for (let n = this.First; n; n = n.Next) if ($eq(n.Value, v)) return n; return null; }
  findLast(v) { for (let n = this.Last; n; n = n.Previous) if ($eq(n.Value, v)) return n; return null; }
  clear() { while (this.First) this.unlink(this.First); }
  *[Symbol.iterator]() { for (let n = this.First; n; n = n.Next) yield n.Value; }
}
