// A re-enumerable lazy sequence: every for-of calls the generator function again (LINQ is deferred).
function $seq(gen) {
  return { [Symbol.iterator]: gen };
}
