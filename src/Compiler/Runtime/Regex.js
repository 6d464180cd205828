// System.Text.RegularExpressions.Regex over a JS RegExp whose source cs2js translated from the .NET
// pattern at compile time (Bcl/RegexPatterns.cs). g: the JS group index of each .NET group number;
// n: the names of the named groups, which .NET numbers after the unnamed ones; p: the .NET pattern.
class $Regex {
  constructor(src, flags, g, n, p) {
    this.re = new RegExp(src, "gd" + flags);
    this.g = g;
    this.n = n;
    this.p = p;
  }
  ToString() { return this.p; }
  // The .NET number of a group name ("2" or "year"), or -1.
  num(name) {
    const k = this.n.indexOf(name);
    if (k >= 0) return this.g.length - this.n.length + k;
    return /^[0-9]+$/.test(name) && +name < this.g.length - this.n.length ? +name : -1;
  }
  run(s, at) {
    if (s == null) throw new $ArgumentNullException("input");
    if (at < 0 || at > s.length) $fail("ArgumentOutOfRangeException", "Specified argument was out of the range of valid values.", "startat");
    this.re.lastIndex = at;
    return new $Match(this, s, this.re.exec(s));
  }
  IsMatch(s, at) { return this.run(s, at || 0).Success; }
  Match(s, at) { return this.run(s, at || 0); }
  Matches(s, at) {
    const all = [];
    for (let m = this.run(s, at || 0); m.Success; m = m.NextMatch()) all.push(m);
    return all;
  }
  // replacement: a .NET replacement pattern ($1, ${name}, $$...) or a MatchEvaluator.
  Replace(s, rep, count, at) {
    const f = typeof rep === "function" ? rep : this.rep(rep);
    let out = "", last = 0, m = this.run(s, at || 0);
    for (let k = count == null ? -1 : count; m.Success && k !== 0; k--, m = m.NextMatch()) {
      const r = f(m);
      out += s.slice(last, m.Index) + (r == null ? "" : r);
      last = m.Index + m.Length;
    }
    return out + s.slice(last);
  }
  // RegexParser.ScanDollar's rules: an unknown group or syntax leaves the "$" literal.
  rep(r) {
    if (r == null) throw new $ArgumentNullException("replacement");
    const parts = [];
    let lit = "";
    for (let i = 0; i < r.length; i++) {
      const c = r[i];
      if (c !== "$" || i + 1 === r.length) { lit += c; continue; }
      let j = i + 1, ch = r[j], got = null;
      const br = ch === "{" && j + 1 < r.length;
      if (br) ch = r[++j];
      if (ch >= "0" && ch <= "9") {
        let k = j;
        while (k < r.length && r[k] >= "0" && r[k] <= "9") k++;
        const v = +r.slice(j, k);
        if ((!br || r[k] === "}") && v < this.g.length) { got = v; j = br ? k + 1 : k; }
      } else if (br) {
        const k = r.indexOf("}", j), v = k < 0 ? -1 : this.num(r.slice(j, k));
        if (k > j && v >= 0 && !/^[0-9]/.test(ch)) { got = v; j = k + 1; }
      } else if (ch === "$") { lit += "$"; i = j; continue; }
      else {
        const v = "&`'+_".indexOf(ch);
        if (v >= 0) { got = v === 0 ? 0 : -v; j++; }
      }
      if (got === null) { lit += "$"; continue; }
      parts.push(lit, got);
      lit = "";
      i = j - 1;
    }
    parts.push(lit);
    return m => {
      let out = parts[0];
      for (let i = 1; i < parts.length; i += 2) {
        const v = parts[i], s = m.s;
        out += (v >= 0 ? m.grp(v).Value : v === -1 ? s.slice(0, m.Index) : v === -2 ? s.slice(m.Index + m.Length)
          : v === -3 ? m.grp(this.g.length - 1).Value : s) + parts[i + 1];
      }
      return out;
    };
  }
  // Regex.Split: the pieces between matches, each match's captured groups after its piece.
  Split(s) {
    let m = this.run(s, 0);
    if (!m.Success) return [s];
    const out = [];
    let last = 0;
    for (; m.Success; m = m.NextMatch()) {
      out.push(s.slice(last, m.Index));
      last = m.Index + m.Length;
      for (let i = 1; i < this.g.length; i++) { const gr = m.grp(i); if (gr.Success) out.push(gr.Value); }
    }
    out.push(s.slice(last));
    return out;
  }
  GetGroupNames() {
    const k = this.g.length - this.n.length, out = [];
    for (let i = 0; i < k; i++) out.push(String(i));
    return out.concat(this.n);
  }
  GetGroupNumbers() { return this.g.map((_, i) => i); }
}
