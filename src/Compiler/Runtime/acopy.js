// Array.Copy / CopyTo: n items from s[si] to d[di]; an overlapping copy within one array is a memmove.
function $acopy(s, si, d, di, n) {
  if (n === undefined) n = s.length;
  if (si < 0 || di < 0 || n < 0) throw new $ArgumentOutOfRangeException(n < 0 ? "length" : si < 0 ? "sourceIndex" : "destinationIndex");
  if (si + n > s.length) throw new $ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray");
  if (di + n > d.length) throw new $ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
  if (s === d) s.copyWithin(di, si, si + n);
  else for (let k = 0; k < n; k++) d[di + k] = s[si + k];
}
