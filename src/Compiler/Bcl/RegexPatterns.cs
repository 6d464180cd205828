using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Cs2Js.Bcl
{
    /// <summary>
    /// Translates a constant .NET regular expression into a JavaScript RegExp source that matches the same
    /// strings with the same groups, or says why it cannot. JavaScript differs from .NET where this file
    /// rewrites: <c>\d \w \s \b</c> are Unicode in .NET (here property escapes or .NET's exact whitespace
    /// set), <c>.</c> and <c>^ $</c> know only <c>\n</c> as a line end, <c>$</c> matches before a final
    /// newline, named groups are numbered after the unnamed ones. What JavaScript cannot say (atomic and
    /// balancing groups, conditionals, scoped inline options, \G, RightToLeft) is refused, as are
    /// backreferences to a group that may not have matched and groups that may be skipped inside a
    /// repeated group (JavaScript forgets them each iteration, .NET keeps the last capture).
    /// </summary>
    public sealed class RegexPatterns
    {
        // RegexOptions values.
        public const int IgnoreCase = 1, Multiline = 2, ExplicitCapture = 4, Compiled = 8, Singleline = 16,
            IgnorePatternWhitespace = 32, RightToLeft = 64, ECMAScript = 256, CultureInvariant = 512;

        /// <summary>The translation: a RegExp source and flags (without g/d), the JS group index of each .NET
        /// group number, and the names of the named groups (numbered after the unnamed ones, in order).</summary>
        public sealed record Result(string Source, string Flags, int[] GroupIndex, string[] Names);

        // \w in .NET: letters, non-spacing marks, decimal digits, connector punctuation.
        const string WordItems = @"\p{L}\p{Mn}\p{Nd}\p{Pc}";
        // \b's word characters add the zero-width joiners (RegexCharClass.IsBoundaryWordChar).
        const string BoundaryWord = "[" + WordItems + @"\u200c\u200d]";

        readonly string p;
        int pos, options;
        bool unicode;
        readonly StringBuilder error = new();

        sealed class Group { public string? Name; public int Open, Close = int.MaxValue; public HashSet<int> Ctx = new(); }
        sealed class Ref { public int Pos; public string Key = ""; public HashSet<int> Ctx = new(); public string Marker = ""; }
        readonly List<Group> groups = new();   // capturing groups in order of their '(' (= JS numbering)
        readonly List<Ref> refs = new();
        // Groups and refs that each optional context (an alternative, a quantifier that may match nothing, a
        // lookaround) encloses; and for a repeated quantifier, the contexts created inside it.
        int ctxCount;
        // Whether what was just parsed can match the empty string (a repeated one cannot be translated).
        bool nullable;
        // \G as the pattern's first item: the RegExp is sticky (it matches only where the scan starts).
        bool sticky, atStart = true;
        int topBranches;

        RegexPatterns(string pattern, int opts) { p = pattern; options = opts; }

        /// <summary>The translation, or null with the reason in <paramref name="refusal"/>.</summary>
        public static Result? Translate(string pattern, int opts, out string? refusal)
        {
            var t = new RegexPatterns(pattern, opts);
            try { var r = t.Run(); refusal = null; return r; }
            catch (Refusal e) { refusal = "regular expression " + Print.Printer.Quote(pattern) + ": " + e.Message; return null; }
        }

        sealed class Refusal : Exception { public Refusal(string m) : base(m) { } }
        static Refusal No(string what) => new(what);

        Result Run()
        {
            const int supported = IgnoreCase | Multiline | ExplicitCapture | Compiled | Singleline | IgnorePatternWhitespace | CultureInvariant;
            if ((options & ~supported) != 0)
                throw No("RegexOptions " + ((options & RightToLeft) != 0 ? "RightToLeft" : (options & ECMAScript) != 0 ? "ECMAScript" : "value " + options) + " has no JavaScript equivalent in cs2js");
            LeadingOptions();
            var body = Alternation(0);
            if (sticky && topBranches > 1) throw No("\\G in only some alternatives of the pattern");
            if (pos < p.Length) throw No("unbalanced ')' at offset " + pos);
            // .NET numbers unnamed groups first, then named ones in order of appearance.
            var unnamed = groups.Where(g => g.Name == null).ToList();
            var named = groups.Where(g => g.Name != null).ToList();
            var order = new List<Group>();
            order.AddRange(unnamed); order.AddRange(named);
            var index = new int[order.Count + 1];
            for (int i = 0; i < order.Count; i++) index[i + 1] = groups.IndexOf(order[i]) + 1;
            if (refs.Count > 0 && Opt(IgnoreCase)) throw No("a backreference with IgnoreCase (it would compare case-sensitively here)");
            foreach (var r in refs)
            {
                Group? g = int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? (n >= 1 && n <= order.Count ? order[n - 1] : null)
                    : named.FirstOrDefault(x => x.Name == r.Key);
                if (g == null) throw No("reference to undefined group '" + r.Key + "'");
                if (g.Close > r.Pos) throw No("backreference \\" + r.Key + " before its group has closed (it fails in .NET, matches empty in JavaScript)");
                if (!g.Ctx.IsSubsetOf(r.Ctx)) throw No("backreference to group '" + r.Key + "' which may not have matched (it fails in .NET, matches empty in JavaScript)");
                body = body.Replace(r.Marker, "(?:\\" + (groups.IndexOf(g) + 1).ToString(CultureInfo.InvariantCulture) + ")");
            }
            // IgnoreCase is spelled out in classes (CaseClosure), so the RegExp never has the i flag.
            var flags = (unicode ? "u" : "") + (sticky ? "y" : "");
            return new Result(body, flags, index, named.Select(g => g.Name!).ToArray());
        }

        bool Opt(int o) => (options & o) != 0;

        /// <summary>(?imnsx) at the very start applies to the whole pattern: a RegexOptions value.</summary>
        void LeadingOptions()
        {
            while (pos + 2 < p.Length && p[pos] == '(' && p[pos + 1] == '?')
            {
                int i = pos + 2, o = 0;
                for (; i < p.Length && "imnsx".IndexOf(p[i]) >= 0; i++)
                    o |= p[i] switch { 'i' => IgnoreCase, 'm' => Multiline, 'n' => ExplicitCapture, 's' => Singleline, _ => IgnorePatternWhitespace };
                if (i == pos + 2 || i >= p.Length || p[i] != ')') return;
                options |= o;
                pos = i + 1;
            }
        }

        void Blanks()
        {
            if (!Opt(IgnorePatternWhitespace)) return;
            while (pos < p.Length)
            {
                if (p[pos] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') pos++;
                else if (p[pos] == '#') { while (pos < p.Length && p[pos] != '\n') pos++; }
                else break;
            }
        }

        string Alternation(int depth)
        {
            int g0 = groups.Count, r0 = refs.Count;
            var branches = new List<(string Text, int G, int R)>();
            int bg = g0, br = r0;
            var sb = new StringBuilder();
            bool branchEmpty = true, anyEmpty = false;
            while (true)
            {
                Blanks();
                if (pos >= p.Length || p[pos] == ')' && depth > 0) break;
                if (p[pos] == ')') throw No("unbalanced ')' at offset " + pos);
                if (p[pos] == '|')
                {
                    branches.Add((sb.ToString(), bg, br));
                    sb.Clear(); pos++; bg = groups.Count; br = refs.Count;
                    anyEmpty |= branchEmpty; branchEmpty = true;
                    continue;
                }
                sb.Append(QuantifiedAtom());
                atStart = false;
                branchEmpty &= nullable;
            }
            branches.Add((sb.ToString(), bg, br));
            nullable = anyEmpty || branchEmpty;
            if (depth == 0) topBranches = branches.Count;
            if (branches.Count == 1) return branches[0].Text;
            // Each alternative is an optional context for what it holds.
            for (int b = 0; b < branches.Count; b++)
            {
                int ge = b + 1 < branches.Count ? branches[b + 1].G : groups.Count, re = b + 1 < branches.Count ? branches[b + 1].R : refs.Count;
                Enclose(branches[b].G, ge, branches[b].R, re);
            }
            return string.Join("|", branches.Select(b => b.Text));
        }

        int Enclose(int g0, int g1, int r0, int r1)
        {
            int id = ctxCount++;
            for (int i = g0; i < g1; i++) groups[i].Ctx.Add(id);
            for (int i = r0; i < r1; i++) refs[i].Ctx.Add(id);
            return id;
        }

        string QuantifiedAtom()
        {
            int g0 = groups.Count, r0 = refs.Count, c0 = ctxCount;
            var atom = Atom(out bool quantifiable);
            bool atomEmpty = nullable;
            Blanks();
            if (pos >= p.Length || !IsQuantifier(out int min, out int max, out int len)) return atom;
            if (!quantifiable) throw No("quantifier after nothing at offset " + pos);
            var q = p.Substring(pos, len);
            pos += len;
            bool lazy = pos < p.Length && p[pos] == '?';
            if (lazy) pos++;
            Blanks();
            if (pos < p.Length && IsQuantifier(out _, out _, out _)) throw No("nested quantifier at offset " + pos);
            if (max != int.MaxValue && max < min) throw No("illegal {x,y} with x > y");
            // .NET and JavaScript end a loop whose body matched empty differently ((a*)* captures, (a*?)* matches).
            if (max > 1 && atomEmpty) throw No("a repeated group that can match the empty string (.NET and JavaScript stop such loops differently)");
            nullable = min == 0 || atomEmpty;
            if (max > 1)
            {
                // JavaScript clears a repeated group's captures each iteration; .NET keeps the last one.
                for (int i = g0; i < groups.Count; i++)
                    if (groups[i].Ctx.Any(c => c >= c0)) throw No("a group that may not match inside a repeated group (JavaScript forgets its capture each iteration, .NET keeps it)");
            }
            if (min == 0) Enclose(g0, groups.Count, r0, refs.Count);
            return "(?:" + atom + ")" + q + (lazy ? "?" : "");
        }

        bool IsQuantifier(out int min, out int max, out int len)
        {
            min = 0; max = int.MaxValue; len = 1;
            switch (p[pos])
            {
                case '*': return true;
                case '+': min = 1; return true;
                case '?': max = 1; return true;
                case '{':
                    int i = pos + 1, a = i;
                    while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
                    if (i == a || i >= p.Length) return false;
                    min = max = Num(a, i);
                    if (p[i] == ',')
                    {
                        int b = ++i;
                        while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
                        max = i == b ? int.MaxValue : Num(b, i);
                    }
                    if (i >= p.Length || p[i] != '}') return false;
                    len = i + 1 - pos;
                    return true;
            }
            return false;
        }

        int Num(int a, int b)
        {
            if (!int.TryParse(p.AsSpan(a, b - a), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) throw No("number too large at offset " + a);
            return n;
        }

        string Atom(out bool quantifiable)
        {
            quantifiable = true;
            nullable = false;
            char c = p[pos++];
            switch (c)
            {
                case '(': return GroupAtom(out quantifiable);
                case '[': return Class();
                case '.': return Opt(Singleline) ? @"[\s\S]" : @"[^\n]";
                case '^': quantifiable = false; nullable = true; return Opt(Multiline) ? @"(?<![^\n])" : "^";
                case '$': quantifiable = false; nullable = true; return Opt(Multiline) ? @"(?![^\n])" : @"(?=\n?$)";
                case '\\': return Escape(out quantifiable);
                case '*': case '+': case '?': throw No("quantifier after nothing at offset " + (pos - 1));
                case '{':
                    pos--;
                    if (IsQuantifier(out _, out _, out _)) throw No("quantifier after nothing at offset " + pos);
                    pos++;
                    return Char(c);
                default: return Char(c);
            }
        }

        string GroupAtom(out bool quantifiable)
        {
            quantifiable = true;
            int open = pos - 1;
            if (pos < p.Length && p[pos] == '?')
            {
                pos++;
                if (pos >= p.Length) throw No("unterminated group");
                char k = p[pos];
                switch (k)
                {
                    case ':': pos++; return "(?:" + Inner() + ")";
                    case '=': case '!': pos++; return Look("(?" + k, out quantifiable);
                    case '#':
                        while (pos < p.Length && p[pos] != ')') pos++;
                        if (pos >= p.Length) throw No("unterminated (?#...) comment");
                        pos++; quantifiable = false; nullable = true; return "";
                    case '>': throw No("atomic groups (?>...) have no JavaScript equivalent");
                    case '(': throw No("conditional groups (?(...)...) have no JavaScript equivalent");
                    case '<' when pos + 1 < p.Length && p[pos + 1] is '=' or '!':
                        pos += 2; return Look("(?<" + p[pos - 1], out quantifiable);
                    case '<': case '\'':
                        return Named(k == '<' ? '>' : '\'', open);
                    default:
                        throw No("inline options (?" + k + "...) inside the pattern: use RegexOptions, or put them first as (?i)");
                }
            }
            if (Opt(ExplicitCapture)) return "(?:" + Inner() + ")";
            return Capture(null, open);
        }

        string Look(string head, out bool quantifiable)
        {
            quantifiable = false;
            int g0 = groups.Count, r0 = refs.Count;
            var inner = Inner();
            nullable = true;
            Enclose(g0, groups.Count, r0, refs.Count);
            return head + inner + ")";
        }

        string Named(char close, int open)
        {
            int start = ++pos;
            while (pos < p.Length && p[pos] != close) pos++;
            if (pos >= p.Length) throw No("unterminated group name");
            var name = p.Substring(start, pos - start);
            pos++;
            if (name.Contains('-')) throw No("balancing groups (?<a-b>...) have no JavaScript equivalent");
            if (name.Length == 0 || !name.All(IsWordChar)) throw No("invalid group name '" + name + "'");
            if (char.IsAsciiDigit(name[0])) throw No("explicitly numbered groups (?<" + name + ">...) are not supported");
            if (groups.Any(g => g.Name == name)) throw No("group name '" + name + "' used twice");
            return Capture(name, open);
        }

        string Capture(string? name, int open)
        {
            var g = new Group { Name = name, Open = open };
            groups.Add(g);
            var inner = Inner();
            g.Close = pos;
            return "(" + inner + ")";
        }

        string Inner()
        {
            atStart = false;
            var s = Alternation(1);
            if (pos >= p.Length || p[pos] != ')') throw No("not enough ')'");
            pos++;
            return s;
        }

        static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => c is '\u200c' or '\u200d',
        };

        string Escape(out bool quantifiable)
        {
            quantifiable = true;
            if (pos >= p.Length) throw No("illegal \\ at end of pattern");
            char c = p[pos++];
            nullable = c is 'A' or 'z' or 'Z' or 'b' or 'B' or 'k' or (>= '1' and <= '9');
            switch (c)
            {
                case 'A': quantifiable = false; return "^";
                case 'z': quantifiable = false; return "$";
                case 'Z': quantifiable = false; return @"(?=\n?$)";
                case 'b': quantifiable = false; unicode = true; return "(?:(?<=" + BoundaryWord + ")(?!" + BoundaryWord + ")|(?<!" + BoundaryWord + ")(?=" + BoundaryWord + "))";
                case 'B': quantifiable = false; unicode = true; return "(?:(?<=" + BoundaryWord + ")(?=" + BoundaryWord + ")|(?<!" + BoundaryWord + ")(?!" + BoundaryWord + "))";
                case 'G':
                    if (!atStart) throw No("\\G other than at the start of the pattern has no JavaScript equivalent");
                    sticky = true; quantifiable = false; nullable = true;
                    return "";
                case 'k':
                    if (pos < p.Length && p[pos] is '<' or '\'')
                    {
                        char close = p[pos] == '<' ? '>' : '\'';
                        int start = ++pos;
                        while (pos < p.Length && p[pos] != close) pos++;
                        if (pos >= p.Length) throw No("malformed \\k<...> reference");
                        var key = p.Substring(start, pos - start);
                        pos++;
                        return Backref(key);
                    }
                    throw No("malformed \\k reference");
                case >= '1' and <= '9':
                    {
                        int start = pos - 1;
                        while (pos < p.Length && char.IsAsciiDigit(p[pos])) pos++;
                        return Backref(p.Substring(start, pos - start));
                    }
            }
            pos--;
            var cls = ClassEscape(inClass: false);
            if (cls != null) return cls;
            return Char(CharEscape(inClass: false));
        }

        string Backref(string key)
        {
            var r = new Ref { Pos = pos, Key = key, Marker = "\uE000" + refs.Count.ToString(CultureInfo.InvariantCulture) + "\uE001" };
            refs.Add(r);
            return r.Marker;
        }

        /// <summary>\d \w \s \D \W \S \p{..} \P{..} at pos (after the backslash), or null.</summary>
        string? ClassEscape(bool inClass)
        {
            char c = p[pos];
            switch (c)
            {
                case 'd': pos++; unicode = true; return @"\p{Nd}";
                case 'D': pos++; unicode = true; return @"\P{Nd}";
                case 'w': pos++; unicode = true; return inClass ? WordItems : "[" + WordItems + "]";
                case 'W':
                    if (inClass) throw No("\\W inside a character class with other items");
                    pos++; unicode = true; return "[^" + WordItems + "]";
                case 's': pos++; return inClass ? Spaces : "[" + Spaces + "]";
                case 'S':
                    if (inClass) throw No("\\S inside a character class with other items");
                    pos++; return "[^" + Spaces + "]";
                case 'p': case 'P':
                    {
                        pos++;
                        if (pos >= p.Length || p[pos] != '{') throw No("malformed \\p{X} character escape");
                        int start = ++pos;
                        while (pos < p.Length && p[pos] != '}') pos++;
                        if (pos >= p.Length) throw No("malformed \\p{X} character escape");
                        var name = p.Substring(start, pos - start);
                        pos++;
                        if (!Categories.Contains(name)) throw No("Unicode block or property \\p{" + name + "} is not supported (only general categories)");
                        if (Opt(IgnoreCase)) throw No("\\p{...} with IgnoreCase (JavaScript folds the category's case, .NET does not)");
                        unicode = true;
                        return "\\" + c + "{" + name + "}";
                    }
            }
            return null;
        }

        static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
        {
            "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
            "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn",
        };

        // .NET's \s is char.IsWhiteSpace: computed here from .NET itself, as class items.
        static readonly string Spaces = Ranges(Enumerable.Range(0, 0x10000).Where(i => char.IsWhiteSpace((char)i)).Select(i => (char)i));

        static string Ranges(IEnumerable<char> chars)
        {
            var sb = new StringBuilder();
            var list = chars.ToList();
            for (int i = 0; i < list.Count;)
            {
                int j = i;
                while (j + 1 < list.Count && list[j + 1] == list[j] + 1) j++;
                sb.Append(Lit(list[i], true));
                if (j > i) sb.Append('-').Append(Lit(list[j], true));
                i = j + 1;
            }
            return sb.ToString();
        }

        /// <summary>A character escape at pos (after the backslash): the character it stands for.</summary>
        char CharEscape(bool inClass)
        {
            char c = p[pos++];
            switch (c)
            {
                case 'a': return '\a';
                case 'b': return '\b';   // in a class only: Escape handles \b outside
                case 'e': return '\u001b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'v': return '\v';
                case 'x': return Hex(2);
                case 'u': return Hex(4);
                case 'c':
                    {
                        if (pos >= p.Length) throw No("missing control character");
                        char k = p[pos++];
                        if (k >= 'a' && k <= 'z') k = (char)(k - 32);
                        if (k < '@' || k > '_') throw No("unrecognized control character");
                        return (char)(k - '@');
                    }
                case '0':
                    if (pos < p.Length && p[pos] >= '0' && p[pos] <= '7') throw No("octal escapes are not supported");
                    return '\0';
            }
            if (inClass && char.IsAsciiDigit(c)) throw No("octal escape in a character class is not supported");
            if (IsWordChar(c)) throw No("unrecognized escape sequence \\" + c);
            return c;
        }

        char Hex(int n)
        {
            if (pos + n > p.Length) throw No("insufficient hexadecimal digits");
            var s = p.Substring(pos, n);
            if (!s.All(char.IsAsciiHexDigit)) throw No("insufficient hexadecimal digits");
            pos += n;
            return (char)int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        string Class()
        {
            var sb = new StringBuilder("[");
            var lits = new List<(char Lo, char Hi)>();
            if (pos < p.Length && p[pos] == '^') { sb.Append('^'); pos++; }
            bool first = true;
            while (true)
            {
                if (pos >= p.Length) throw No("unterminated [] set");
                char c = p[pos];
                if (c == ']' && !first) { pos++; break; }
                first = false;
                if (c == '-' && pos + 1 < p.Length && p[pos + 1] == '[') throw No("character class subtraction [a-[b]] has no JavaScript equivalent");
                string? item = null;
                char lo;
                if (c == '\\')
                {
                    pos++;
                    if (pos >= p.Length) throw No("illegal \\ at end of pattern");
                    item = ClassEscape(inClass: true);
                    if (item != null)
                    {
                        if (pos + 1 < p.Length && p[pos] == '-' && p[pos + 1] != ']') throw No("a character range cannot start with a class escape");
                        sb.Append(item);
                        continue;
                    }
                    lo = CharEscape(inClass: true);
                }
                else { lo = c; pos++; }
                if (pos + 1 < p.Length && p[pos] == '-' && p[pos + 1] != ']')
                {
                    if (p[pos + 1] == '[') { lits.Add((lo, lo)); continue; }   // subtraction: refused on the next turn
                    pos++;
                    char hi;
                    if (p[pos] == '\\')
                    {
                        pos++;
                        if (pos >= p.Length) throw No("illegal \\ at end of pattern");
                        if (ClassEscape(inClass: true) != null) throw No("a character range cannot end with a class escape");
                        hi = CharEscape(inClass: true);
                    }
                    else hi = p[pos++];
                    if (hi < lo) throw No("[x-y] range in reverse order");
                    lits.Add((lo, hi));
                }
                else lits.Add((lo, lo));
            }
            if (Opt(IgnoreCase)) { if (lits.Count > 0) sb.Append(Ranges(CaseClosure(lits))); }
            else foreach (var (lo, hi) in lits) sb.Append(Lit(lo, true)).Append(lo == hi ? "" : "-" + Lit(hi, true));
            var s = sb.Append(']').ToString();
            return s == "[]" ? "[]" : s;
        }

        /// <summary>A literal character outside a class: with IgnoreCase, the class of what .NET matches for it.</summary>
        string Char(char c)
        {
            if (!Opt(IgnoreCase)) return Lit(c, false);
            var set = CaseClosure(new List<(char, char)> { (c, c) });
            return set.Count == 1 ? Lit(c, false) : "[" + Ranges(set) + "]";
        }

        static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<char>> closures = new(StringComparer.Ordinal);

        /// <summary>Every UTF-16 unit .NET's case-insensitive match accepts for these characters (its own case
        /// equivalence table, asked directly: JavaScript's i flag folds µ/μ, ſ/s, ς/σ together and, without
        /// u, not K/K). Invariant culture, as the programs run.</summary>
        static List<char> CaseClosure(List<(char Lo, char Hi)> ranges)
        {
            var key = string.Concat(ranges.Select(r => "\\u" + ((int)r.Lo).ToString("x4", CultureInfo.InvariantCulture) + "-\\u" + ((int)r.Hi).ToString("x4", CultureInfo.InvariantCulture)));
            return closures.GetOrAdd(key, k =>
            {
                var rx = new System.Text.RegularExpressions.Regex("^[" + k + "]$",
                    System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                var list = new List<char>();
                for (int i = 0; i < 0x10000; i++) if (rx.IsMatch(((char)i).ToString())) list.Add((char)i);
                return list;
            });
        }

        /// <summary>A literal character as JavaScript source valid with and without the u flag.</summary>
        static string Lit(char c, bool inClass)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or ' ' or ',' or ':' or ';' or '=' or '!' or '@' or '%' or '&' or '~' or '"' or '\'' or '<' or '>' or '#' or '`')
                return c.ToString();
            if ("^$\\.*+?()[]{}|/".IndexOf(c) >= 0 || inClass && c == '-') return "\\" + c;
            if (c == '-') return "-";
            return "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
        }
    }
}
