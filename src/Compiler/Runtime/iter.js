// A re-enumerable sequence: each for-of starts the generator afresh, like a C# iterator method.
function $iter(start) {
  return { [Symbol.iterator]: start };
}
