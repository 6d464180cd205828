// `throw` as an expression (x ?? throw ..., switch expression arms).
function $throw(e) {
  throw e;
}
