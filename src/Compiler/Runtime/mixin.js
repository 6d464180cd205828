// A class that keeps an interface's default members (C# default interface methods) takes them from the
// interface's own class: copied onto its prototype, getters and setters included.
function $mixin(c, from, names) {
  for (const n of names) Object.defineProperty(c.prototype, n, Object.getOwnPropertyDescriptor(from.prototype, n));
}
