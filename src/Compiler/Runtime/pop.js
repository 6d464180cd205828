// Stack<T>.Pop (top at the end).
function $pop(s) {
  if (s.length === 0) throw new $InvalidOperationException("Stack empty.");
  return s.pop();
}
