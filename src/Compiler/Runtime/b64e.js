// Convert.ToBase64String, without btoa (not an ECMAScript global).
function $b64e(b) {
  const A = $b64e.A;
  let s = "";
  for (let i = 0; i < b.length; i += 3) {
    const n = b[i] << 16 | (b[i + 1] | 0) << 8 | (b[i + 2] | 0);
    s += A[n >> 18] + A[n >> 12 & 63] + (i + 1 < b.length ? A[n >> 6 & 63] : "=") + (i + 2 < b.length ? A[n & 63] : "=");
  }
  return s;
}
$b64e.A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
