// Convert.FromBase64String: byte array; whitespace ignored, FormatException on bad input.
function $b64d(s) {
  s = s.replace(/[\t\n\r ]/g, "");
  if (s.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
    throw new $FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
  const r = [], p = s.length - s.replace(/=+$/, "").length;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) n = n << 6 | Math.max($b64e.A.indexOf(s[i + j]), 0);
    r.push(n >> 16, n >> 8 & 255, n & 255);
  }
  r.length -= p;
  return r;
}
