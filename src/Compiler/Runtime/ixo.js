// Index.GetOffset(length): an Index is a number, from the start when >= 0, ~n (^n) from the end.
function $ixo(i, n) {
  return i < 0 ? n + 1 + i : i;
}
