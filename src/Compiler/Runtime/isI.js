// x is a library interface (IComparable, IEnumerable...): a source class carries the brand; strings,
// numbers, bools, arrays, Maps, Sets, boxes and runtime value classes answer from the letters in k and
// the box type names in n that the compiler found implementing it (see Emitter.LibraryInterfaces).
function $isI(x, brand, k, n) {
  if (x == null) return false;
  if (x[brand] === true) return true;
  const t = typeof x, c = x.constructor;
  return t === "string" ? k.includes("s") : t === "number" ? k.includes(Number.isInteger(x) ? "i" : "d") : t === "boolean" ? k.includes("b")
    : Array.isArray(x) ? k.includes("a") : x instanceof Map ? k.includes("m") : x instanceof Set ? k.includes("t")
    : typeof c === "object" && c ? (c.e ? k.includes("e") : n.includes(c.f)) : typeof c === "function" && c.hasOwnProperty("$tn") && n.includes(c.$tn);
}
