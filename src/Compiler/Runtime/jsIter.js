// A JS iterator over what GetEnumerator() returned: itself if it is one, else an adapter calling a
// user IEnumerator's MoveNext/Current (and Dispose when the loop ends early or finishes).
function $jsIter(e) {
  if (typeof e.next === "function") return e;
  const end = () => { if (typeof e.Dispose === "function") e.Dispose(); return { value: undefined, done: true }; };
  return {
    next() { return e.MoveNext() ? { value: e.Current, done: false } : end(); },
    return: end,
    [Symbol.iterator]() { return this; },
  };
}
