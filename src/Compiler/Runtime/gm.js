// Generic math (INumber<T> members on a type argument T bound to a .NET number type): T's operations as
// cs2js represents T (int-sized types wrap, long through $l*, decimal is $Dec, BigInteger a BigInt,
// double/float plain), built once per type. cmp orders two values; from(x, mode) is CreateChecked (0),
// CreateSaturating (1) or CreateTruncating (2) of a value of any number type.
function $gm(t) {
  if (t.gm) return t.gm;
  const f = t.f, c3 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  const div0 = b => { if (b == 0) throw new $DivideByZeroException(); };
  const tr = x => x instanceof $Dec ? x.trunc().num() : typeof x === "bigint" ? x : Math.trunc(x);
  const I = { "System.Int32": [-2147483648, 2147483647, x => x | 0], "System.Int16": [-32768, 32767, x => x << 16 >> 16],
    "System.SByte": [-128, 127, x => x << 24 >> 24], "System.Byte": [0, 255, x => x & 255],
    "System.UInt16": [0, 65535, x => x & 65535], "System.UInt32": [0, 4294967295, x => x >>> 0] }[f];
  const ranged = (lo, hi, fit, wrap) => (x, mode) => {
    const v = tr(x);
    if (v !== v) { if (mode === 0) throw new $OverflowException(); return fit(0); }
    if (v < lo || v > hi) {
      if (mode === 0) throw new $OverflowException();
      return mode === 1 ? fit(v < lo ? lo : hi) : wrap(v);
    }
    return fit(v);
  };
  let g;
  if (I) {
    const [lo, hi, w] = I;
    g = { z: 0, o: 1, lo, hi, add: (a, b) => w(a + b), sub: (a, b) => w(a - b), mul: (a, b) => w(Math.imul(a, b)),
      div: (a, b) => (div0(b), w(Math.trunc(a / b))), mod: (a, b) => (div0(b), w(a % b)), neg: a => w(-a), cmp: c3,
      from: ranged(lo, hi, Number, v => w(Number(BigInt.asIntN(64, BigInt(v))))) };
  } else if (f === "System.Int64") {
    const lo = -(2n ** 63n), hi = 2n ** 63n - 1n;
    g = { z: 0, o: 1, lo, hi, add: $ladd, sub: $lsub, mul: $lmul, div: $ldiv, mod: $lmod, neg: $lneg, cmp: c3,
      from: ranged(lo, hi, v => $i64w(BigInt(v)), v => $i64w(BigInt(v))) };
  } else if (f === "System.Decimal") {
    g = { z: $Dec.from(0), o: $Dec.from(1), lo: $Dec.of(-(2n ** 96n - 1n), 0), hi: $Dec.of(2n ** 96n - 1n, 0),
      add: (a, b) => a.add(b), sub: (a, b) => a.sub(b), mul: (a, b) => a.mul(b), div: (a, b) => a.div(b), mod: (a, b) => a.mod(b),
      neg: a => a.neg(), cmp: (a, b) => a.cmp(b), from: x => x instanceof $Dec ? x : $Dec.from(x) };
  } else if (f === "System.Numerics.BigInteger") {
    g = { z: 0n, o: 1n, add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, b) => (div0(b), a / b),
      mod: (a, b) => (div0(b), a % b), neg: a => -a, cmp: c3, from: x => BigInt(tr(x)) };
  } else if (f === "System.Double" || f === "System.Single") {
    const r = f === "System.Single" ? Math.fround : x => x;
    g = { z: 0, o: 1, lo: f === "System.Single" ? -3.4028234663852886e38 : -Number.MAX_VALUE, hi: f === "System.Single" ? 3.4028234663852886e38 : Number.MAX_VALUE,
      add: (a, b) => r(a + b), sub: (a, b) => r(a - b), mul: (a, b) => r(a * b), div: (a, b) => r(a / b), mod: (a, b) => r(a % b), neg: a => -a, cmp: c3,
      from: x => r(x instanceof $Dec ? x.num() : Number(x)) };
  } else throw new $NotSupportedException("Generic math on " + f + " is not supported by cs2js.");
  g.abs = a => g.cmp(a, g.z) < 0 ? g.neg(a) : a;
  g.max = (a, b) => g.cmp(a, b) >= 0 ? a : b;
  g.min = (a, b) => g.cmp(a, b) <= 0 ? a : b;
  g.clamp = (v, lo, hi) => g.cmp(v, lo) < 0 ? lo : g.cmp(v, hi) > 0 ? hi : v;
  return t.gm = g;
}
