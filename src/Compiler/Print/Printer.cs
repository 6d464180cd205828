using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cs2Js.Tree;

namespace Cs2Js.Print
{
    public sealed class PrintOptions
    {
        /// <summary>Release printing: no optional whitespace, no final semicolon before `}`.</summary>
        public bool Minify { get; init; }
        /// <summary>New names for bindings (identifiers, function and class names), by node.</summary>
        public IReadOnlyDictionary<Node, string>? Renames { get; init; }
        /// <summary>New names for C# private members, by marked name (<see cref="Cs2Js.Print.PrivateNames"/>);
        /// without it the mark is dropped.</summary>
        public IReadOnlyDictionary<string, string>? PrivateNames { get; init; }
    }

    /// <summary>
    /// The only place that turns the syntax tree into text. It owns operator precedence and
    /// parentheses, indentation (debug) or the absence of whitespace (release), and the source map:
    /// every node with a C# span (statements, members, lambda bodies) starts a mapping segment.
    /// </summary>
    public sealed class Printer
    {
        readonly PrintOptions o;
        readonly bool min;
        readonly StringBuilder sb = new();
        readonly SourceMapBuilder map = new();
        int line, col, indent;
        bool atLineStart = true;
        bool pendingSemi;
        char last = '\n';
        Span? pendingMark;
        /// <summary>The last C# span mapped, and the original name of a renamed identifier about to be written
        /// (mapped with the source map's `names`, so a debugger shows the C# name).</summary>
        Span? lastMark;
        string? pendingName;

        Printer(PrintOptions options)
        {
            o = options;
            min = options.Minify;
        }

        public sealed record Result(string Code, SourceMapBuilder Map);

        /// <summary>Prints top-level statements, each starting on its own line.</summary>
        public static Result Print(IEnumerable<Stmt> program, PrintOptions? options = null)
        {
            var p = new Printer(options ?? new PrintOptions());
            foreach (var s in program)
            {
                p.Statement(s);
                p.FlushSemi();
                p.NewLine(force: true);
            }
            return new Result(p.sb.ToString(), p.map);
        }

        /// <summary>One expression (tests, diagnostics, template inspection).</summary>
        public static string Print(Expr e, PrintOptions? options = null)
        {
            var p = new Printer(options ?? new PrintOptions());
            p.Expression(e, Prec.Comma);
            return p.sb.ToString();
        }

        // ------------------------------------------------------------------ low-level output

        static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;

        void Raw(string text)
        {
            foreach (var c in text)
            {
                if (c == '\n') { line++; col = 0; } else col++;
            }
            sb.Append(text);
            if (text.Length > 0) last = text[^1];
        }

        /// <summary>Writes a token, inserting a space only where two tokens would otherwise fuse.</summary>
        void W(string token, bool isRegex = false)
        {
            if (token.Length == 0) return;
            if (pendingSemi)
            {
                pendingSemi = false;
                if (token != "}") Raw(";");
            }
            if (atLineStart && !min)
            {
                atLineStart = false;
                Raw(new string(' ', indent * 2));
            }
            atLineStart = false;
            char first = token[0];
            if (IsIdChar(last) && IsIdChar(first)
                || (last == '+' || last == '-') && first == last
                || last == '/' && (first == '/' || first == '*')
                || isRegex && IsIdChar(last))
                Raw(" ");
            if (pendingMark is { } m)
            {
                pendingMark = null;
                lastMark = m;
                map.Add(line, col, m.File, m.Line, m.Col, pendingName);
            }
            else if (pendingName != null && lastMark is { } at)
                map.Add(line, col, at.File, at.Line, at.Col, pendingName);
            pendingName = null;
            Raw(token);
        }

        /// <summary>Optional whitespace: a space in debug output, nothing in release.</summary>
        void Sp()
        {
            if (!min && !atLineStart && last != ' ') Raw(" ");
        }

        void NewLine(bool force = false)
        {
            if (pendingSemi && force) { pendingSemi = false; Raw(";"); }
            if (min && !force) return;
            if (sb.Length == 0 || last == '\n') return;
            Raw("\n");
            atLineStart = true;
        }

        void Mark(Span? pos)
        {
            if (pos != null) pendingMark = pos;
        }

        /// <summary>Ends a statement: `;` at once in debug output; in release it is dropped before `}`.</summary>
        void Semi()
        {
            if (min) pendingSemi = true;
            else W(";");
        }

        void FlushSemi()
        {
            if (pendingSemi) { pendingSemi = false; Raw(";"); }
        }

        // ------------------------------------------------------------------ names

        string Name(Node binding, string name) =>
            o.Renames != null && o.Renames.TryGetValue(binding, out var n) ? n : name;

        /// <summary>Writes a binding's (possibly new) name; a renamed one is mapped to its original name.</summary>
        void WName(Node binding, string name)
        {
            name = Cs2Js.Print.PrivateNames.Strip(name);
            var n = Name(binding, name);
            if (n != name) pendingName = name;
            W(n);
        }

        string PrivateName(string name) =>
            name.IndexOf(Cs2Js.Print.PrivateNames.Mark) < 0 ? name
            : o.PrivateNames != null && o.PrivateNames.TryGetValue(name, out var n) ? n : Cs2Js.Print.PrivateNames.Strip(name);

        /// <summary>Writes a member's (possibly shortened) name; a shortened one is mapped to its C# name.</summary>
        void WMember(string name)
        {
            var n = PrivateName(name);
            if (o.PrivateNames != null && o.PrivateNames.ContainsKey(name)) pendingName = Cs2Js.Print.PrivateNames.Strip(name);
            W(n);
        }

        public static bool IsIdentifierName(string s)
        {
            if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_' || s[0] == '$')) return false;
            foreach (var c in s) if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$')) return false;
            return true;
        }

        /// <summary>A JavaScript string literal with the escapes JSON and every engine accept.</summary>
        public static string Quote(string s)
        {
            var b = new StringBuilder(s.Length + 2).Append('"');
            foreach (var c in s)
            {
                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '\0': b.Append("\\0"); break;
                    default:
                        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                            b.Append("\\u").Append(((int)c).ToString("x4"));
                        else b.Append(c);
                        break;
                }
            }
            return b.Append('"').ToString();
        }

        // ------------------------------------------------------------------ statements

        void Body(List<Stmt> body)
        {
            indent++;
            for (int i = 0; i < body.Count; i++)
            {
                var s = body[i];
                // Release: adjacent declarations of one kind print as one (`let a=1,b=a`); the initialisers
                // still run in order, and each binding keeps its scope.
                if (min && i > 0 && s is VarDecl vd && body[i - 1] is VarDecl prev && prev.Kind == vd.Kind && pendingSemi)
                {
                    pendingSemi = false;
                    W(",");
                    Mark(s.Pos);
                    Declarators(vd);
                    Semi();
                    continue;
                }
                NewLine();
                Statement(s);
            }
            indent--;
            NewLine();
        }

        void BlockStmt(Block b)
        {
            Mark(b.Pos);
            W("{");
            if (b.Body.Count > 0) Body(b.Body);
            W("}");
        }

        /// <summary>A function's body; release drops a final `return;` (the function ends there anyway).</summary>
        void FunctionBody(Block b)
        {
            if (min && b.Body.Count > 0 && b.Body[^1] is Return { Value: null }) b = new Block(b.Body.Take(b.Body.Count - 1)) { Pos = b.Pos };
            BlockStmt(b);
        }

        /// <summary>The body of if/while/for: a block on the same line, anything else after a space. In release
        /// a block of one statement prints without its braces (`if(a)return b`), unless the statement is a
        /// declaration (only a block may hold one) or, before an `else`, it ends in an `if` without `else`
        /// (the `else` would then belong to that inner `if`).</summary>
        void SubStatement(Stmt s, bool beforeElse = false)
        {
            Sp();
            if (s is Block b)
            {
                if (Unbraced(b) is { } single && !(beforeElse && EndsInOpenIf(single)))
                {
                    Mark(b.Pos);
                    if (single is Empty) W(";"); else Statement(single);
                }
                else BlockStmt(b);
            }
            else if (s is Empty) W(";");
            else Statement(s);
        }

        /// <summary>The one statement a block may print as in release (see <see cref="SubStatement"/>), else null.</summary>
        Stmt? Unbraced(Block b)
        {
            if (!min) return null;
            while (true)
            {
                if (b.Body.Count == 0) return new Empty();
                if (b.Body.Count > 1 || b.Body[0] is VarDecl or ClassDecl or FuncDecl) return null;
                if (b.Body[0] is Block inner && Unbraced(inner) != null) { b = inner; continue; }
                return b.Body[0];
            }
        }

        /// <summary>True when a statement, as printed, ends with an `if` that has no `else`: an `else` printed
        /// right after it would be read as that `if`'s.</summary>
        bool EndsInOpenIf(Stmt s)
        {
            while (true)
            {
                switch (s)
                {
                    case If i:
                        if (i.Else == null) return true;
                        s = i.Else;
                        break;
                    case While w: s = w.Body; break;
                    case For f: s = f.Body; break;
                    case ForOf fo: s = fo.Body; break;
                    case Labeled l: s = l.Body; break;
                    case Block b:
                        if (Unbraced(b) is not { } single) return false;
                        s = single;
                        break;
                    default: return false;
                }
            }
        }

        void Statement(Stmt s)
        {
            Mark(s.Pos);
            switch (s)
            {
                case ExprStmt es:
                    if (StartsAmbiguously(es.E)) { W("("); Expression(es.E, Prec.Comma); W(")"); }
                    else Expression(es.E, Prec.Comma);
                    Semi();
                    break;
                case VarDecl vd:
                    VarDeclaration(vd);
                    Semi();
                    break;
                case Return r:
                    W("return");
                    if (r.Value != null) { Sp(); Expression(r.Value, Prec.Comma); }
                    Semi();
                    break;
                case If i:
                    W("if"); Sp(); W("("); Expression(i.Test, Prec.Comma); W(")");
                    SubStatement(i.Then, beforeElse: i.Else != null);
                    if (i.Else != null)
                    {
                        if (i.Then is Block && last == '}') Sp(); else { FlushSemi(); NewLine(); }
                        W("else");
                        if (i.Else is If) { Sp(); Statement(i.Else); }
                        else SubStatement(i.Else);
                    }
                    break;
                case While wl:
                    W("while"); Sp(); W("("); Expression(wl.Test, Prec.Comma); W(")");
                    SubStatement(wl.Body);
                    break;
                case DoWhile dw:
                    W("do");
                    SubStatement(dw.Body);
                    FlushSemi();
                    Sp(); W("while"); Sp(); W("("); Expression(dw.Test, Prec.Comma); W(")");
                    Semi();
                    break;
                case For f:
                    W("for"); Sp(); W("(");
                    if (f.Init is VarDecl fvd) VarDeclaration(fvd);
                    else if (f.Init is ExprStmt fes) Expression(fes.E, Prec.Comma);
                    W(";");
                    if (f.Test != null) { Sp(); Expression(f.Test, Prec.Comma); }
                    W(";");
                    if (f.Update != null) { Sp(); Expression(f.Update, Prec.Comma); }
                    W(")");
                    SubStatement(f.Body);
                    break;
                case ForOf fo:
                    W("for"); Sp(); W("(");
                    if (fo.Kind != null) W(fo.Kind);
                    Pattern(fo.Target);
                    W(fo.In ? "in" : "of");
                    Sp();
                    Expression(fo.Source, fo.In ? Prec.Comma : Prec.Assign);
                    W(")");
                    SubStatement(fo.Body);
                    break;
                case Switch sw:
                    W("switch"); Sp(); W("("); Expression(sw.Disc, Prec.Comma); W(")"); Sp(); W("{");
                    indent++;
                    foreach (var c in sw.Cases)
                    {
                        FlushSemi();
                        NewLine();
                        Mark(c.Pos);
                        if (c.Test == null) W("default");
                        else { W("case"); Sp(); Expression(c.Test, Prec.Comma); }
                        W(":");
                        if (c.Body.Count == 1 && c.Body[0] is Block cb) { Sp(); BlockStmt(cb); }
                        else if (c.Body.Count > 0) Body(c.Body);
                    }
                    indent--;
                    NewLine();
                    W("}");
                    break;
                case Try t:
                    W("try"); Sp(); BlockStmt(t.Body);
                    if (t.Handler != null)
                    {
                        Sp(); W("catch");
                        if (t.Param != null) { Sp(); W("("); Pattern(t.Param); W(")"); }
                        Sp(); BlockStmt(t.Handler);
                    }
                    if (t.Finally != null) { Sp(); W("finally"); Sp(); BlockStmt(t.Finally); }
                    break;
                case Throw th:
                    W("throw"); Sp(); Expression(th.Value, Prec.Comma);
                    Semi();
                    break;
                case Break br:
                    W("break");
                    if (br.Label != null) { Raw(" "); W(br.Label); }
                    Semi();
                    break;
                case Continue cn:
                    W("continue");
                    if (cn.Label != null) { Raw(" "); W(cn.Label); }
                    Semi();
                    break;
                case Block b:
                    BlockStmt(b);
                    break;
                case Labeled lb:
                    W(lb.Label); W(":"); SubStatement(lb.Body);
                    break;
                case Empty:
                    W(";");
                    break;
                case FuncDecl fd:
                    Function(fd.F, fd.F);
                    break;
                case ClassDecl cd:
                    Class(cd);
                    break;
                default:
                    throw new InvalidOperationException("cannot print " + s.GetType().Name);
            }
        }

        void VarDeclaration(VarDecl vd)
        {
            W(vd.Kind);
            Sp();
            Declarators(vd);
        }

        void Declarators(VarDecl vd)
        {
            for (int i = 0; i < vd.Decls.Count; i++)
            {
                if (i > 0) { W(","); Sp(); }
                var d = vd.Decls[i];
                Mark(d.Pos);
                Pattern(d.Target);
                if (d.Init != null) { Sp(); W("="); Sp(); Expression(d.Init, Prec.Assign); }
            }
        }

        void Class(ClassDecl cd)
        {
            W("class");
            WName(cd, cd.Name);
            if (cd.Super != null) { W("extends"); Sp(); Expression(cd.Super, Prec.Call); }
            Sp();
            W("{");
            indent++;
            foreach (var m in cd.Members)
            {
                NewLine();
                Mark(m.Pos);
                if (m.Static) W("static");
                if (m.Kind == MemberKind.Get) W("get");
                else if (m.Kind == MemberKind.Set) W("set");
                MethodRest(m.Name, m.Computed, m.Fn);
            }
            indent--;
            NewLine();
            W("}");
        }

        /// <summary>name(params) { body } of a method, accessor or object-literal method.</summary>
        void MethodRest(string? name, Expr? computed, Func fn)
        {
            if (fn.Async) W("async");
            if (fn.Generator) W("*");
            if (computed != null) { W("["); Expression(computed, Prec.Assign); W("]"); }
            else PropertyKey(name!);
            Params(fn.Params);
            Sp();
            FunctionBody(fn.Body);
        }

        void PropertyKey(string key)
        {
            if (o.PrivateNames != null && o.PrivateNames.ContainsKey(key)) { WMember(key); return; }
            key = PrivateName(key);
            if (IsIdentifierName(key)) W(key);
            else if (key.Length > 0 && char.IsDigit(key[0]) && double.TryParse(key, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) W(key);
            else W(Quote(key));
        }

        void Params(List<Expr> ps)
        {
            W("(");
            for (int i = 0; i < ps.Count; i++)
            {
                if (i > 0) { W(","); Sp(); }
                Pattern(ps[i]);
            }
            W(")");
        }

        void Function(Func f, Node nameKey)
        {
            Mark(f.Pos);
            if (f.Async) W("async");
            W("function");
            if (f.Generator) W("*");
            if (f.Name != null) WName(nameKey, f.Name);
            Params(f.Params);
            Sp();
            FunctionBody(f.Body);
        }

        /// <summary>A binding or assignment target: identifiers, array and object patterns, defaults, rest.</summary>
        void Pattern(Expr e) => Expression(e, Prec.Assign);

        // ------------------------------------------------------------------ expressions

        /// <summary>True when an expression statement would start with `{`, `function` or `class`, which
        /// JavaScript would read as a block or a declaration.</summary>
        static bool StartsAmbiguously(Expr e)
        {
            while (true)
            {
                switch (e)
                {
                    case ObjectLit: case Func: return true;
                    case Binary b: e = b.Left; break;
                    case Assign a: if (a.Target is ObjectLit) return true; e = a.Target; break;
                    case Cond c: e = c.Test; break;
                    case Seq s: e = s.Items[0]; break;
                    case Call c: e = c.Callee; break;
                    case Member m: e = m.Obj; break;
                    case Subscript i: e = i.Obj; break;
                    case Update { Prefix: false } u: e = u.Target; break;
                    default: return false;
                }
            }
        }

        static bool ContainsCall(Expr e)
        {
            while (true)
            {
                switch (e)
                {
                    case Call: return true;
                    case Member m: e = m.Obj; break;
                    case Subscript i: e = i.Obj; break;
                    default: return false;
                }
            }
        }

        /// <summary>Release prints true and false as !0 and !1: a unary expression, parenthesised as one.</summary>
        bool ShortBool(Expr e) => min && e is Kw { Word: "true" or "false" };

        int PrecOf(Expr e) => ShortBool(e) ? Prec.Unary : e.Prec;

        void Expression(Expr e, int minPrec)
        {
            bool parens = PrecOf(e) < minPrec;
            if (parens) W("(");
            ExpressionCore(e);
            if (parens) W(")");
        }

        void Args(List<Expr> args)
        {
            W("(");
            for (int i = 0; i < args.Count; i++)
            {
                if (i > 0) { W(","); Sp(); }
                Expression(args[i], Prec.Assign);
            }
            W(")");
        }

        void ExpressionCore(Expr e)
        {
            Mark(e.Pos);
            switch (e)
            {
                case Id id: WName(id, id.Name); break;
                case Kw kw:
                    if (ShortBool(kw)) { W("!"); W(kw.Word == "true" ? "0" : "1"); }
                    else W(kw.Word);
                    break;
                case Num n: W(n.Raw); break;
                case Str s: W(Quote(s.Value)); break;
                case RegexLit r:
                    W(r.Raw, isRegex: true);
                    break;
                case Member m:
                    if (m.Obj is Num) { W("("); ExpressionCore(m.Obj); W(")"); } else Expression(m.Obj, Prec.Call);
                    W(m.Optional ? "?." : ".");
                    WMember(m.Name);
                    break;
                case Subscript ix:
                    if (ix.Obj is Num) { W("("); ExpressionCore(ix.Obj); W(")"); } else Expression(ix.Obj, Prec.Call);
                    W("["); Expression(ix.Key, Prec.Comma); W("]");
                    break;
                case Call c:
                    Expression(c.Callee, Prec.Call);
                    Args(c.Args);
                    break;
                case New nw:
                    W("new");
                    if (ContainsCall(nw.Callee) || nw.Callee is New) { Sp(); W("("); ExpressionCore(nw.Callee); W(")"); }
                    else Expression(nw.Callee, Prec.Call);
                    Args(nw.Args);
                    break;
                case Unary u:
                    W(u.Op);
                    if (u.Op.Length > 1) Sp();
                    Expression(u.Operand, Prec.Unary);
                    break;
                case Update up:
                    if (up.Prefix) { W(up.Op); Expression(up.Target, Prec.Unary); }
                    else { Expression(up.Target, Prec.Postfix); W(up.Op); }
                    break;
                case Binary b:
                    {
                        int p = b.Prec;
                        bool rightAssoc = b.Op == "**";
                        // `??` cannot be mixed with && or || without parentheses; `-x ** 2` is a syntax error.
                        bool leftForced = b.Op == "??" && b.Left is Binary { Op: "||" or "&&" } || rightAssoc && PrecOf(b.Left) <= Prec.Unary;
                        bool rightForced = b.Op == "??" && b.Right is Binary { Op: "||" or "&&" };
                        if (leftForced) { W("("); ExpressionCore(b.Left); W(")"); } else Expression(b.Left, rightAssoc ? p + 1 : p);
                        Sp(); W(b.Op); Sp();
                        if (rightForced) { W("("); ExpressionCore(b.Right); W(")"); } else Expression(b.Right, rightAssoc ? p : p + 1);
                        break;
                    }
                case Assign a:
                    Pattern(a.Target);
                    Sp(); W(a.Op); Sp();
                    Expression(a.Value, Prec.Assign);
                    break;
                case Cond c:
                    Expression(c.Test, Prec.Coalesce);
                    Sp(); W("?"); Sp();
                    Expression(c.Then, Prec.Assign);
                    Sp(); W(":"); Sp();
                    Expression(c.Else, Prec.Assign);
                    break;
                case Seq s:
                    for (int i = 0; i < s.Items.Count; i++)
                    {
                        if (i > 0) { W(","); Sp(); }
                        Expression(s.Items[i], Prec.Assign);
                    }
                    break;
                case Arrow ar:
                    if (ar.Async) W("async");
                    if (min && ar.Params.Count == 1 && ar.Params[0] is Id single) WName(single, single.Name);
                    else Params(ar.Params);
                    Sp(); W("=>"); Sp();
                    if (ar.Body is Block bb) FunctionBody(bb);
                    else
                    {
                        var body = (Expr)ar.Body;
                        if (StartsAmbiguously(body)) { Mark(body.Pos); W("("); ExpressionCore(body); W(")"); }
                        else Expression(body, Prec.Assign);
                    }
                    break;
                case Func f:
                    Function(f, f);
                    break;
                case ArrayLit al:
                    W("[");
                    for (int i = 0; i < al.Items.Count; i++)
                    {
                        if (i > 0) { W(","); Sp(); }
                        if (al.Items[i] is { } item) Expression(item, Prec.Assign);
                    }
                    if (al.Items.Count > 0 && al.Items[^1] == null) W(",");
                    W("]");
                    break;
                case ObjectLit ol:
                    if (ol.Props.Count == 0) { W("{"); W("}"); break; }
                    W("{"); Sp();
                    for (int i = 0; i < ol.Props.Count; i++)
                    {
                        if (i > 0) { W(","); Sp(); }
                        Property(ol.Props[i]);
                    }
                    Sp(); W("}");
                    break;
                case Spread sp:
                    W("...");
                    Expression(sp.Arg, Prec.Assign);
                    break;
                case Yield y:
                    W("yield");
                    if (y.Delegate) W("*");
                    if (y.Arg != null) { Sp(); Expression(y.Arg, Prec.Assign); }
                    break;
                case Hole:
                    throw new InvalidOperationException("an unexpanded template placeholder reached the printer");
                default:
                    throw new InvalidOperationException("cannot print " + e.GetType().Name);
            }
        }

        void Property(Prop p)
        {
            switch (p.Kind)
            {
                case PropKind.Spread:
                    W("...");
                    Expression(p.Value, Prec.Assign);
                    return;
                case PropKind.Shorthand:
                    {
                        // { a } / { a = 1 }: a renamed binding needs the long form { a: x }.
                        var id = p.Value as Id ?? (p.Value as Assign)?.Target as Id;
                        if (id != null && Name(id, id.Name) != p.Key) { PropertyKey(p.Key!); W(":"); Sp(); }
                        Expression(p.Value, Prec.Assign);
                        return;
                    }
                case PropKind.Get:
                case PropKind.Set:
                    W(p.Kind == PropKind.Get ? "get" : "set");
                    MethodRest(p.Key, p.Computed, (Func)p.Value);
                    return;
                case PropKind.Method:
                    MethodRest(p.Key, p.Computed, (Func)p.Value);
                    return;
                default:
                    if (p.Computed != null) { W("["); Expression(p.Computed, Prec.Assign); W("]"); }
                    else PropertyKey(p.Key!);
                    W(":"); Sp();
                    Expression(p.Value, Prec.Assign);
                    return;
            }
        }
    }
}
