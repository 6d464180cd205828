// checked long arithmetic: our long is a double, exact only within 2^53.
function $ckl(x) {
  if (!Number.isSafeInteger(x)) throw new $OverflowException();
  return x;
}
