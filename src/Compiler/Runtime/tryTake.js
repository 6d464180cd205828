// Queue.TryDequeue/TryPeek, Stack.TryPop/TryPeek: top selects the end, take removes; o is the out box, d the default.
function $tryTake(a, o, top, take, d) {
  if (a.length === 0) { o.v = d; return false; }
  o.v = take ? (top ? a.pop() : a.shift()) : a[top ? a.length - 1 : 0];
  return true;
}
