// int / int: truncating; throws like .NET on zero and on int.MinValue / -1.
function $idiv(a, b) {
  if (b === 0) throw new $DivideByZeroException();
  if (b === -1 && a === -2147483648) throw new $OverflowException();
  return a / b | 0;
}
