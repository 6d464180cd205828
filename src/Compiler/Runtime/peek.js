// Queue<T>.Peek (front = index 0) and Stack<T>.Peek (top = last, pass top = true).
function $peek(a, top) {
  if (a.length === 0) throw new $InvalidOperationException(top ? "Stack empty." : "Queue empty.");
  return top ? a[a.length - 1] : a[0];
}
