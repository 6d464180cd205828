// `x as T`: the value when it is a T, else null.
function $as(x, type) {
  return type === String ? (typeof x === "string" ? x : null) : x instanceof type ? x : null;
}
