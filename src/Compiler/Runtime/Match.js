// System.Text.RegularExpressions.Match: group 0 of one exec result r (null when nothing matched);
// Groups is the match itself (grp, grpN), groups are built when asked for.
class $Match extends $Group {
  constructor(rx, s, r) {
    super(r !== null, r === null ? "" : r[0], r === null ? 0 : r.index, "0");
    this.rx = rx;
    this.s = s;
    this.r = r;
  }
  grp(i) {
    const rx = this.rx, r = this.r;
    if (i === 0) return this;
    const k = rx.g.length - rx.n.length, name = i < 0 || i >= rx.g.length ? "" : i < k ? String(i) : rx.n[i - k];
    if (r === null || name === "") return new $Group(false, "", 0, name);
    const j = rx.g[i], v = r[j];
    return v === undefined ? new $Group(false, "", 0, name) : new $Group(true, v, r.indices[j][0], name);
  }
  grpN(name) {
    const i = this.rx.num(name);
    return i < 0 ? new $Group(false, "", 0, "") : this.grp(i);
  }
  // A failed match is .NET's Match.Empty: one group.
  gc() { return this.r === null ? 1 : this.rx.g.length; }
  // foreach over Groups: every group in number order.
  *[Symbol.iterator]() { for (let i = 0, n = this.gc(); i < n; i++) yield this.grp(i); }
  NextMatch() {
    if (this.r === null) return this;
    let at = this.Index + this.Length;
    if (this.Length === 0) {
      if (at >= this.s.length) return new $Match(this.rx, this.s, null);
      // with the u flag a step lands on whole code points, as the RegExp would read them
      const c = this.s.charCodeAt(at);
      at += this.rx.re.unicode && c >= 0xd800 && c < 0xdc00 && at + 1 < this.s.length ? 2 : 1;
    }
    return this.rx.run(this.s, at);
  }
  Result(r) { return this.rx.rep(r)(this); }
}
