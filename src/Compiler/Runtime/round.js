// Math.Round(x, digits, mode), digits already checked ($roundd) or a literal 0..15. Mode (MidpointRounding):
// 0/undefined ToEven, 1 AwayFromZero, 2 ToZero, 3 ToNegativeInfinity, 4 ToPositiveInfinity. Scales by 10^digits like .NET does.
function $round(x, d, m) {
  const p = 10 ** (d | 0);
  if (!(Math.abs(x) < 1e16)) return x;
  let v = x * p, r = Math.round(v);
  m = +m | 0;
  r = m === 1 ? Math.sign(v) * Math.round(Math.abs(v)) : m === 2 ? Math.trunc(v) : m === 3 ? Math.floor(v) : m === 4 ? Math.ceil(v)
    : r - v === 0.5 && r % 2 ? r - 1 : r;
  return r / p;
}
