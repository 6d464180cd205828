// Queue<T>.Dequeue (front at index 0).
function $dequeue(q) {
  if (q.length === 0) throw new $InvalidOperationException("Queue empty.");
  return q.shift();
}
