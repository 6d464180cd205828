// System.Decimal: an exact 96-bit integer mantissa m (a signed BigInt, |m| < 2^96) scaled by 10^-s,
// 0 <= s <= 28, as .NET stores it: 1.50m keeps its scale (prints "1.50") and equals 1.5m. Results
// that need more than 96 bits or 28 decimals are rounded half to even, as .NET's decimal arithmetic
// does; past the range they throw OverflowException.
class $Dec {
  constructor(m, s) { this.m = m; this.s = s; }
  // Rounds m (at scale s) to fit, then builds the value.
  static of(m, s) {
    while (s > 28 || (m < 0n ? -m : m) > 79228162514264337593543950335n) {
      if (s === 0) throw new $OverflowException("Value was either too large or too small for a Decimal.");
      m = $Dec.div10(m, 10n); s--;
    }
    return new $Dec(m, s);
  }
  // m / p rounded half to even.
  static div10(m, p) {
    const q = m / p, r = m % p, twice = (r < 0n ? -r : r) * 2n;
    return twice > p || twice === p && q % 2n !== 0n ? q + (m < 0n ? -1n : 1n) : q;
  }
  static from(x) {
    if (typeof x === "bigint") return $Dec.of(x, 0);
    if (Number.isInteger(x) && Math.abs(x) <= 9007199254740991) return new $Dec(BigInt(x), 0);
    // A double converts through its 15 significant digits, as .NET's conversion does.
    if (!isFinite(x)) throw new $OverflowException("Value was either too large or too small for a Decimal.");
    if (x === 0) return new $Dec(0n, 0);
    const [dg, e] = Math.abs(x).toExponential(14).split("e"), digits = dg.replace(".", "").replace(/0+$/, "");
    let m = BigInt(digits), s = digits.length - 1 - +e;
    if (s < 0) { m *= 10n ** BigInt(-s); s = 0; }
    if (s > 28) { m = $Dec.div10(m, 10n ** BigInt(s - 28)); s = 28; }
    return m === 0n ? new $Dec(0n, 0) : $Dec.of(x < 0 ? -m : m, s);
  }
  // Both mantissas at the larger scale.
  static align(a, b) {
    return a.s === b.s ? [a.m, b.m, a.s] : a.s > b.s ? [a.m, b.m * 10n ** BigInt(a.s - b.s), a.s] : [a.m * 10n ** BigInt(b.s - a.s), b.m, b.s];
  }
  add(b) { const [x, y, s] = $Dec.align(this, b); return $Dec.of(x + y, s); }
  sub(b) { const [x, y, s] = $Dec.align(this, b); return $Dec.of(x - y, s); }
  mul(b) { return $Dec.of(this.m * b.m, this.s + b.s); }
  // Exact at scale max(s1 - s2, 0) when it can be; else as many decimals as fit (at most 28), rounded.
  div(b) {
    if (b.m === 0n) throw new $DivideByZeroException();
    let n = this.m, s = this.s - b.s;
    for (; s < 0; s++) n *= 10n;
    let q = n / b.m, r = n % b.m;
    const inexact = r !== 0n;
    while (r !== 0n && s < 28) {
      const q2 = q * 10n + r * 10n / b.m;
      if ((q2 < 0n ? -q2 : q2) > 79228162514264337593543950335n) break;
      r = r * 10n % b.m; q = q2; s++;
    }
    if (r !== 0n) {
      const twice = (r < 0n ? -r : r) * 2n, d = b.m < 0n ? -b.m : b.m;
      if (twice > d || twice === d && q % 2n !== 0n) q += (n < 0n) !== (b.m < 0n) ? -1n : 1n;
    }
    // An inexact quotient drops its trailing zeros, as .NET does.
    if (inexact) while (s > 0 && q % 10n === 0n) { q /= 10n; s--; }
    return $Dec.of(q, s);
  }
  mod(b) {
    if (b.m === 0n) throw new $DivideByZeroException();
    // A dividend smaller than the divisor is the remainder as it is (its scale kept), as in .NET.
    if (this.abs().cmp(b.abs()) < 0) return this;
    const [x, y, s] = $Dec.align(this, b);
    return new $Dec(x % y, s);
  }
  neg() { return new $Dec(-this.m, this.s); }
  cmp(b) { const [x, y] = $Dec.align(this, b); return x < y ? -1 : x > y ? 1 : 0; }
  Equals(b) { return b instanceof $Dec && this.cmp(b) === 0; }
  CompareTo(b) { return b == null ? 1 : this.cmp(b); }
  GetHashCode() { let m = this.m, s = this.s; while (s > 0 && m % 10n === 0n) { m /= 10n; s--; } return Number(BigInt.asIntN(32, m ^ m >> 32n)) ^ s; }
  // Rounding to d decimals; mode as MidpointRounding: 0 ToEven, 1 AwayFromZero, 2 ToZero, 3 ToNegativeInfinity, 4 ToPositiveInfinity.
  round(d, mode) {
    if (d < 0 || d > 28) throw new $ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
    if (this.s <= d) return this;
    const p = 10n ** BigInt(this.s - d), m = this.m, q = m / p, r = m % p, twice = (r < 0n ? -r : r) * 2n;
    let up;
    switch (mode | 0) {
      case 1: up = twice >= p; break;
      case 2: up = false; break;
      case 3: up = r < 0n; break;
      case 4: up = r > 0n; break;
      default: up = twice > p || twice === p && q % 2n !== 0n;
    }
    return new $Dec(up && r !== 0n ? q + (mode === 3 ? -1n : mode === 4 ? 1n : m < 0n ? -1n : 1n) : q, d);
  }
  floor() { return this.round(0, 3); }
  ceil() { return this.round(0, 4); }
  trunc() { return this.round(0, 2); }
  abs() { return this.m < 0n ? this.neg() : this; }
  sign() { return this.m < 0n ? -1 : this.m > 0n ? 1 : 0; }
  // Conversions out: a double (nearest), or an integer type truncated with its range checked.
  num() { return parseFloat(this.ToString()); }
  int(lo, hi) {
    const t = this.m / 10n ** BigInt(this.s);
    if (t < BigInt(lo) || t > BigInt(hi)) throw new $OverflowException("Value was either too large or too small for an Int32.");
    return $i64(t);
  }
  ToString(f) {
    const neg = this.m < 0n, d = (neg ? -this.m : this.m).toString().padStart(this.s + 1, "0");
    if (f) return $fmtdig({ n: neg, d: d, k: this.s }, f, true);
    return (neg ? "-" : "") + (this.s ? d.slice(0, d.length - this.s) + "." + d.slice(d.length - this.s) : d);
  }
  // decimal.Parse (NumberStyles.Number, or Float when e is set) with TryParse's out box o.
  static parse(s, e, o) {
    const re = e ? /^[\t-\r ]*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?[\t-\r ]*$/ : /^[\t-\r ]*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*))(?:\.(\d*))?()[\t-\r ]*$/;
    const m = s == null ? null : re.exec(s);
    let v = null;
    if (m && (m[2] || m[3])) {
      const frac = m[3] || "";
      let mant = BigInt((m[2].replace(/,/g, "") || "0") + frac), sc = frac.length - (m[4] ? +m[4] : 0);
      if (sc < 0) { mant *= 10n ** BigInt(-sc); sc = 0; }
      if (sc > 28) { mant = $Dec.div10(mant, 10n ** BigInt(sc - 28)); sc = 28; }
      if (mant <= 79228162514264337593543950335n) v = new $Dec(m[1] === "-" ? -mant : mant, sc);
      else if (!o) throw new $OverflowException("Value was either too large or too small for a Decimal.");
    }
    if (o) { o.v = v || new $Dec(0n, 0); return v !== null; }
    if (v) return v;
    throw s == null ? new $ArgumentNullException("s") : new $FormatException("The input string '" + s + "' was not in a correct format.");
  }
}
$Dec.$tn = "System.Decimal";
