// System.Random. With a seed it is .NET's seeded generator (Knuth's subtractive method, as
// Random(int) has always been), so a seeded program draws exactly .NET's sequence; without a seed
// the samples come from Math.random. Int64 results are canonical longs (numbers while safe).
class $Random {
  constructor(seed) {
    if (seed === undefined) { this.a = null; return; }
    const a = new Array(56).fill(0);
    // Int32 arithmetic wraps, as in .NET (it matters for seeds near int.MaxValue).
    let mj = 161803398 - (seed === -2147483648 ? 2147483647 : Math.abs(seed)) | 0, mk = 1, ii = 0;
    a[55] = mj;
    for (let i = 1; i < 55; i++) {
      if ((ii += 21) >= 55) ii -= 55;
      a[ii] = mk;
      mk = mj - mk | 0;
      if (mk < 0) mk += 2147483647;
      mj = a[ii];
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        a[i] = a[i] - a[1 + n] | 0;
        if (a[i] < 0) a[i] += 2147483647;
      }
    }
    this.a = a; this.i = 0; this.j = 21;
  }
  // A sample in [0, int.MaxValue).
  s() {
    const a = this.a;
    if (a === null) return Math.floor(Math.random() * 2147483647);
    let i = this.i + 1, j = this.j + 1;
    if (i >= 56) i = 1;
    if (j >= 56) j = 1;
    let r = a[i] - a[j] | 0;
    if (r === 2147483647) r--;
    if (r < 0) r += 2147483647;
    a[i] = r; this.i = i; this.j = j;
    return r;
  }
  Sample() { return this.s() * (1 / 2147483647); }
  // Next(), Next(max), Next(min, max) as .NET's compatible implementation computes them.
  Next(min, max) {
    if (min === undefined) return this.s();
    if (max === undefined) {
      if (min < 0) throw new $ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than or equal to zero.");
      return Math.trunc(this.Sample() * min);
    }
    if (min > max) throw new $ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
    const range = max - min;
    if (range <= 2147483647) return Math.trunc(this.Sample() * range) + min;
    // A large range draws two samples: one for the magnitude, one for the sign.
    let r = this.s();
    if (this.s() % 2 === 0) r = -r;
    const d = (r + 2147483646) / 4294967293;
    return Math.trunc(d * range) + min;
  }
  NextDouble() { return this.Sample(); }
  NextSingle() { return Math.fround(this.Sample()); }
  NextBytes(b) { for (let i = 0; i < b.length; i++) b[i] = this.s() & 255; }
  // 64 random bits from three draws (22 + 22 + 20), as a BigInt.
  u64() { return BigInt(this.Next(4194304)) | BigInt(this.Next(4194304)) << 22n | BigInt(this.Next(1048576)) << 44n; }
  NextInt64(min, max) {
    if (min === undefined) {
      for (;;) { const r = this.u64() >> 1n; if (r !== 9223372036854775807n) return $i64(r); }
    }
    if (max === undefined) { max = min; min = 0; }
    if (min > max) throw new $ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
    const range = BigInt.asUintN(64, BigInt(max) - BigInt(min));
    if (range > 1n) {
      const bits = (range - 1n).toString(2).length;
      for (;;) { const r = this.u64() >> BigInt(64 - bits); if (r < range) return $i64(r + BigInt(min)); }
    }
    return min;
  }
  // Fisher-Yates from the front, as Random.Shuffle does.
  Shuffle(xs) {
    const n = xs.length;
    for (let i = 0; i < n - 1; i++) {
      const j = this.Next(i, n);
      if (j !== i) { const t = xs[i]; xs[i] = xs[j]; xs[j] = t; }
    }
  }
  GetItems(choices, length) {
    const r = new Array(length);
    for (let i = 0; i < length; i++) r[i] = choices[this.Next(choices.length)];
    return r;
  }
}
