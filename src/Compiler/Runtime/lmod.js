// long % long (53-bit numbers): throws on zero; never -0.
function $lmod(a, b) {
  if (b === 0) throw new $DivideByZeroException();
  return a % b + 0;
}
