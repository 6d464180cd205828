// new Regex(pattern, options) for a pattern known only at run time: the translation Bcl/RegexPatterns.cs
// makes at compile time, step for step (keep the two alike). A pattern .NET rejects throws
// ArgumentException (messages are cs2js's own); one JavaScript cannot reproduce, NotSupportedException.
function $rxNew(p, o) {
  if (p == null) throw new $ArgumentNullException("pattern");
  o = o | 0;
  const bad = m => { throw new $ArgumentException("Invalid pattern '" + p + "' at offset " + pos + ". " + m); };
  const no = m => { throw new $NotSupportedException("cs2js: regular expression '" + p + "': " + m); };
  if (o & ~(1 | 2 | 4 | 8 | 16 | 32 | 512)) {
    if (o & ~(1 | 2 | 4 | 8 | 16 | 32 | 64 | 256 | 512 | 1024)) $fail("ArgumentOutOfRangeException", "Specified argument was out of the range of valid values.", "options");
    no("RegexOptions " + (o & 64 ? "RightToLeft" : o & 256 ? "ECMAScript" : "NonBacktracking") + " has no JavaScript equivalent");
  }
  const W = "\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}", BW = "[" + W + "\\u200c\\u200d]";
  const S = "\\u0009-\\u000d \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const CATS = "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn".split(" ");
  const word = c => /[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200c\u200d]/u.test(c);
  const digit = c => c >= "0" && c <= "9";
  // empty: whether what was just parsed can match the empty string (a repeated one is refused).
  // sticky: \G was the pattern's first item (the RegExp matches only where the scan starts).
  let pos = 0, uni = false, ctxCount = 0, empty = false, sticky = false, atStart = true, topBranches = 1;
  const groups = [], refs = [];
  const opt = x => (o & x) !== 0;
  const lit = (c, inClass) => {
    if (/[A-Za-z0-9_ ,:;=!@%&~"'<>#`]/.test(c)) return c;
    if ("^$\\.*+?()[]{}|/".includes(c) || inClass && c === "-") return "\\" + c;
    if (c === "-") return "-";
    return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
  };
  const blanks = () => {
    if (!opt(32)) return;
    while (pos < p.length) {
      if (" \t\n\r\f\v".includes(p[pos])) pos++;
      else if (p[pos] === "#") { while (pos < p.length && p[pos] !== "\n") pos++; }
      else break;
    }
  };
  const enclose = (g0, g1, r0, r1) => {
    const id = ctxCount++;
    for (let i = g0; i < g1; i++) groups[i].ctx.add(id);
    for (let i = r0; i < r1; i++) refs[i].ctx.add(id);
  };
  const num = (a, b) => { const n = +p.slice(a, b); if (n > 2147483647) bad("Capture group numbers must be less than or equal to Int32.MaxValue."); return n; };
  // [min, max, length] of a quantifier at pos, or null.
  const quant = () => {
    const c = p[pos];
    if (c === "*") return [0, Infinity, 1];
    if (c === "+") return [1, Infinity, 1];
    if (c === "?") return [0, 1, 1];
    if (c !== "{") return null;
    let i = pos + 1;
    const a = i;
    while (i < p.length && digit(p[i])) i++;
    if (i === a || i >= p.length) return null;
    let min = num(a, i), max = min;
    if (p[i] === ",") {
      const b = ++i;
      while (i < p.length && digit(p[i])) i++;
      max = i === b ? Infinity : num(b, i);
    }
    if (i >= p.length || p[i] !== "}") return null;
    return [min, max, i + 1 - pos];
  };
  const alternation = depth => {
    const branches = [];
    let bg = groups.length, br = refs.length, s = "", branchEmpty = true, anyEmpty = false;
    for (;;) {
      blanks();
      if (pos >= p.length || p[pos] === ")" && depth > 0) break;
      if (p[pos] === ")") bad("Too many )'s.");
      if (p[pos] === "|") { branches.push([s, bg, br]); s = ""; pos++; bg = groups.length; br = refs.length; anyEmpty = anyEmpty || branchEmpty; branchEmpty = true; continue; }
      s += quantified();
      atStart = false;
      branchEmpty = branchEmpty && empty;
    }
    branches.push([s, bg, br]);
    empty = anyEmpty || branchEmpty;
    if (depth === 0) topBranches = branches.length;
    if (branches.length === 1) return s;
    for (let b = 0; b < branches.length; b++) {
      const next = branches[b + 1];
      enclose(branches[b][1], next ? next[1] : groups.length, branches[b][2], next ? next[2] : refs.length);
    }
    return branches.map(b => b[0]).join("|");
  };
  const quantified = () => {
    const g0 = groups.length, r0 = refs.length, c0 = ctxCount;
    const a = atom(), atomEmpty = empty;
    blanks();
    const q = pos < p.length ? quant() : null;
    if (q === null) return a[0];
    if (!a[1]) bad("Quantifier '" + p[pos] + "' following nothing.");
    const text = p.substr(pos, q[2]);
    pos += q[2];
    const lazy = pos < p.length && p[pos] === "?";
    if (lazy) pos++;
    blanks();
    if (pos < p.length && quant() !== null) bad("Nested quantifier '" + p[pos] + "'.");
    if (q[1] < q[0]) bad("Illegal {x,y} with x > y.");
    if (q[1] > 1 && atomEmpty) no("a repeated group that can match the empty string (.NET and JavaScript stop such loops differently)");
    empty = q[0] === 0 || atomEmpty;
    if (q[1] > 1)
      for (let i = g0; i < groups.length; i++)
        for (const c of groups[i].ctx) if (c >= c0) no("a group that may not match inside a repeated group (JavaScript forgets its capture each iteration, .NET keeps it)");
    if (q[0] === 0) enclose(g0, groups.length, r0, refs.length);
    return "(?:" + a[0] + ")" + text + (lazy ? "?" : "");
  };
  // [JavaScript, quantifiable]
  const atom = () => {
    const c = p[pos++];
    empty = "^$".includes(c);
    switch (c) {
      case "(": return group();
      case "[": return [cls(), true];
      case ".": return [opt(16) ? "[\\s\\S]" : "[^\\n]", true];
      case "^": return [opt(2) ? "(?<![^\\n])" : "^", false];
      case "$": return [opt(2) ? "(?![^\\n])" : "(?=\\n?$)", false];
      case "\\": return escape();
      case "*": case "+": case "?": pos--; bad("Quantifier '" + c + "' following nothing.");
      case "{":
        pos--;
        if (quant() !== null) bad("Quantifier '{' following nothing.");
        pos++;
        return [one(c), true];
      default: return [one(c), true];
    }
  };
  const inner = () => {
    atStart = false;
    const s = alternation(1);
    if (pos >= p.length || p[pos] !== ")") bad("Not enough )'s.");
    pos++;
    return s;
  };
  const look = head => {
    const g0 = groups.length, r0 = refs.length;
    const s = inner();
    empty = true;
    enclose(g0, groups.length, r0, refs.length);
    return [head + s + ")", false];
  };
  const capture = name => {
    const g = { name, close: Infinity, ctx: new Set() };
    groups.push(g);
    const s = inner();
    g.close = pos;
    return ["(" + s + ")", true];
  };
  const group = () => {
    if (pos < p.length && p[pos] === "?") {
      pos++;
      if (pos >= p.length) bad("Unrecognized grouping construct.");
      const k = p[pos];
      if (k === ":") { pos++; return ["(?:" + inner() + ")", true]; }
      if (k === "=" || k === "!") { pos++; return look("(?" + k); }
      if (k === "#") {
        while (pos < p.length && p[pos] !== ")") pos++;
        if (pos >= p.length) bad("Unterminated (?#...) comment.");
        pos++;
        empty = true;
        return ["", false];
      }
      if (k === ">") no("atomic groups (?>...) have no JavaScript equivalent");
      if (k === "(") no("conditional groups (?(...)...) have no JavaScript equivalent");
      if (k === "<" && (p[pos + 1] === "=" || p[pos + 1] === "!")) { pos += 2; return look("(?<" + p[pos - 1]); }
      if (k === "<" || k === "'") {
        const close = k === "<" ? ">" : "'", start = ++pos;
        while (pos < p.length && p[pos] !== close) pos++;
        if (pos >= p.length) bad("Unrecognized grouping construct.");
        const name = p.slice(start, pos);
        pos++;
        if (name.includes("-")) no("balancing groups (?<a-b>...) have no JavaScript equivalent");
        if (name === "" || ![...name].every(word)) bad("Invalid group name: Group names must begin with a word character.");
        if (digit(name[0])) no("explicitly numbered groups (?<" + name + ">...) are not supported");
        if (groups.some(g => g.name === name)) no("group name '" + name + "' used twice");
        return capture(name);
      }
      no("inline options (?" + k + "...) inside the pattern: use RegexOptions, or put them first as (?i)");
    }
    return opt(4) ? ["(?:" + inner() + ")", true] : capture(null);
  };
  const backref = key => {
    const r = { pos, key, ctx: new Set(), marker: "\ue000" + refs.length + "\ue001" };
    refs.push(r);
    return [r.marker, true];
  };
  const escape = () => {
    if (pos >= p.length) bad("Illegal \\\\ at end of pattern.");
    const c = p[pos++];
    empty = "AzZbBk123456789".includes(c);
    switch (c) {
      case "A": return ["^", false];
      case "z": return ["$", false];
      case "Z": return ["(?=\\n?$)", false];
      case "b": uni = true; return ["(?:(?<=" + BW + ")(?!" + BW + ")|(?<!" + BW + ")(?=" + BW + "))", false];
      case "B": uni = true; return ["(?:(?<=" + BW + ")(?=" + BW + ")|(?<!" + BW + ")(?!" + BW + "))", false];
      case "G":
        if (!atStart) no("\\G other than at the start of the pattern has no JavaScript equivalent");
        sticky = true;
        return ["", false];
      case "k": {
        if (p[pos] !== "<" && p[pos] !== "'") bad("Malformed \\k<...> named back reference.");
        const close = p[pos] === "<" ? ">" : "'", start = ++pos;
        while (pos < p.length && p[pos] !== close) pos++;
        if (pos >= p.length) bad("Malformed \\k<...> named back reference.");
        const key = p.slice(start, pos);
        pos++;
        return backref(key);
      }
    }
    if (c >= "1" && c <= "9") {
      const start = pos - 1;
      while (pos < p.length && digit(p[pos])) pos++;
      return backref(p.slice(start, pos));
    }
    pos--;
    const k = classEscape(false);
    if (k !== null) return [k, true];
    return [one(charEscape(false)), true];
  };
  const classEscape = inClass => {
    const c = p[pos];
    switch (c) {
      case "d": pos++; uni = true; return "\\p{Nd}";
      case "D": pos++; uni = true; return "\\P{Nd}";
      case "w": pos++; uni = true; return inClass ? W : "[" + W + "]";
      case "W": if (inClass) no("\\W inside a character class with other items"); pos++; uni = true; return "[^" + W + "]";
      case "s": pos++; return inClass ? S : "[" + S + "]";
      case "S": if (inClass) no("\\S inside a character class with other items"); pos++; return "[^" + S + "]";
      case "p": case "P": {
        pos++;
        if (p[pos] !== "{") bad("Malformed \\p{X} character escape.");
        const start = ++pos;
        while (pos < p.length && p[pos] !== "}") pos++;
        if (pos >= p.length) bad("Malformed \\p{X} character escape.");
        const name = p.slice(start, pos);
        pos++;
        if (!CATS.includes(name)) no("Unicode block or property \\p{" + name + "} is not supported (only general categories)");
        if (opt(1)) no("\\p{...} with IgnoreCase (JavaScript folds the category's case, .NET does not)");
        uni = true;
        return "\\" + c + "{" + name + "}";
      }
    }
    return null;
  };
  const hex = n => {
    const s = p.substr(pos, n);
    if (s.length < n || !/^[0-9a-fA-F]+$/.test(s)) bad("Insufficient hexadecimal digits.");
    pos += n;
    return String.fromCharCode(parseInt(s, 16));
  };
  const charEscape = inClass => {
    const c = p[pos++];
    switch (c) {
      case "a": return "\x07";
      case "b": return "\b";
      case "e": return "\x1b";
      case "f": return "\f";
      case "n": return "\n";
      case "r": return "\r";
      case "t": return "\t";
      case "v": return "\v";
      case "x": return hex(2);
      case "u": return hex(4);
      case "c": {
        if (pos >= p.length) bad("Missing control character.");
        let k = p.charCodeAt(pos++);
        if (k >= 97 && k <= 122) k -= 32;
        if (k < 64 || k > 95) bad("Unrecognized control character.");
        return String.fromCharCode(k - 64);
      }
      case "0":
        if (pos < p.length && p[pos] >= "0" && p[pos] <= "7") no("octal escapes are not supported");
        return "\0";
    }
    if (inClass && digit(c)) no("octal escape in a character class is not supported");
    if (word(c)) bad("Unrecognized escape sequence \\\\" + c + ".");
    return c;
  };
  const cls = () => {
    let s = "[", first = true;
    const lits = [];
    if (p[pos] === "^") { s += "^"; pos++; }
    for (;;) {
      if (pos >= p.length) bad("Unterminated [] set.");
      const c = p[pos];
      if (c === "]" && !first) { pos++; break; }
      first = false;
      if (c === "-" && p[pos + 1] === "[") no("character class subtraction [a-[b]] has no JavaScript equivalent");
      let lo;
      if (c === "\\") {
        pos++;
        if (pos >= p.length) bad("Illegal \\\\ at end of pattern.");
        const item = classEscape(true);
        if (item !== null) {
          if (pos + 1 < p.length && p[pos] === "-" && p[pos + 1] !== "]") no("a character range cannot start with a class escape");
          s += item;
          continue;
        }
        lo = charEscape(true);
      } else { lo = c; pos++; }
      if (pos + 1 < p.length && p[pos] === "-" && p[pos + 1] !== "]") {
        if (p[pos + 1] === "[") { lits.push([lo, lo]); continue; }
        pos++;
        let hi;
        if (p[pos] === "\\") {
          pos++;
          if (pos >= p.length) bad("Illegal \\\\ at end of pattern.");
          if (classEscape(true) !== null) no("a character range cannot end with a class escape");
          hi = charEscape(true);
        } else hi = p[pos++];
        if (hi < lo) bad("[x-y] range in reverse order.");
        lits.push([lo, hi]);
      } else lits.push([lo, lo]);
    }
    if (!opt(1)) for (const [lo, hi] of lits) s += lit(lo, true) + (lo === hi ? "" : "-" + lit(hi, true));
    else if (lits.length > 0) s += ranges(closure(lits));
    return s + "]";
  };
  // IgnoreCase as .NET matches it, spelled out (no i flag): x and y are equivalent when they lower-case to
  // the same single unit (U+0130 excepted), which is .NET's invariant case equivalence table.
  const lower = c => { const l = c.toLowerCase(); return l.length === 1 && c !== "\u0130" ? l : c; };
  const closure = list => {
    let f = $rxNew.f;
    if (f === undefined) {
      f = $rxNew.f = new Map();
      for (let i = 0; i < 0x10000; i++) { const c = String.fromCharCode(i), k = lower(c); if (k !== c || f.has(k)) f.set(k, (f.get(k) || [k]).concat(k === c ? [] : [c])); }
    }
    const out = new Set();
    for (const [lo, hi] of list)
      for (let i = lo.charCodeAt(0); i <= hi.charCodeAt(0); i++) { const c = String.fromCharCode(i); for (const x of f.get(lower(c)) || [c]) out.add(x.charCodeAt(0)); }
    return [...out].sort((a, b) => a - b);
  };
  const ranges = codes => {
    let s = "";
    for (let i = 0; i < codes.length;) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
      s += lit(String.fromCharCode(codes[i]), true) + (j > i ? "-" + lit(String.fromCharCode(codes[j]), true) : "");
      i = j + 1;
    }
    return s;
  };
  const one = c => {
    if (!opt(1)) return lit(c, false);
    const set = closure([[c, c]]);
    return set.length === 1 ? lit(c, false) : "[" + ranges(set) + "]";
  };
  // (?imnsx) at the very start applies to the whole pattern.
  for (;;) {
    const m = /^\(\?([imnsx]+)\)/.exec(p.slice(pos));
    if (m === null) break;
    for (const f of m[1]) o |= f === "i" ? 1 : f === "m" ? 2 : f === "n" ? 4 : f === "s" ? 16 : 32;
    pos += m[0].length;
  }
  let body = alternation(0);
  if (sticky && topBranches > 1) no("\\G in only some alternatives of the pattern");
  if (pos < p.length) bad("Too many )'s.");
  const named = groups.filter(g => g.name !== null), order = groups.filter(g => g.name === null).concat(named);
  const index = [0].concat(order.map(g => groups.indexOf(g) + 1));
  if (refs.length > 0 && opt(1)) no("a backreference with IgnoreCase (it would compare case-sensitively here)");
  for (const r of refs) {
    const g = /^[0-9]+$/.test(r.key) ? order[+r.key - 1] : named.find(x => x.name === r.key);
    if (g === undefined) bad("Reference to undefined group " + (/^[0-9]/.test(r.key) ? "number " : "name '") + r.key + (/^[0-9]/.test(r.key) ? "." : "'."));
    if (g.close > r.pos) no("backreference \\" + r.key + " before its group has closed (it fails in .NET, matches empty in JavaScript)");
    for (const c of g.ctx) if (!r.ctx.has(c)) no("backreference to group '" + r.key + "' which may not have matched (it fails in .NET, matches empty in JavaScript)");
    body = body.replace(r.marker, "(?:\\" + (groups.indexOf(g) + 1) + ")");
  }
  return new $Regex(body, (uni ? "u" : "") + (sticky ? "y" : ""), index, named.map(g => g.name), p);
}
