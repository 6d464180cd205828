// Items' hashes mixed into one int, as HashCode.Combine does (tuples, records, structs).
function $hashAll(xs) {
  let h = 17;
  for (const x of xs) h = (Math.imul(h, 31) + $hnum($hkey(x))) | 0;
  return h;
}
