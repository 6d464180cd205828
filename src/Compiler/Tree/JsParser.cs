using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cs2Js.Tree
{
    public sealed class JsParseException : Exception
    {
        public JsParseException(string message) : base(message) { }
    }

    /// <summary>
    /// Parses the JavaScript the compiler itself carries (runtime helpers, BCL templates, [Template]
    /// bindings, Script.Write code) into the syntax tree, so that Bundle finds helpers from the tree and
    /// Print formats, minifies and renames them like lowered code. It covers the ES2020 those sources use
    /// (no template literals, no optional calls, no class fields): an unsupported construct is an
    /// error here, at compiler build or test time, never a silently wrong bundle.
    /// </summary>
    public sealed class JsParser
    {
        enum T { Name, Num, Str, Regex, Punct, Eof }

        readonly record struct Tok(T Kind, string Text, string? Value, bool NewlineBefore, int Line, int Col);

        readonly List<Tok> toks;
        int pos;
        readonly string? holePrefix;
        bool inGenerator;

        JsParser(string source, string? holePrefix)
        {
            this.holePrefix = holePrefix;
            toks = Lex(source);
        }

        /// <summary>A whole script (a runtime helper file): its top-level statements.</summary>
        public static List<Stmt> ParseScript(string source)
        {
            var p = new JsParser(source, null);
            var body = new List<Stmt>();
            while (p.Peek.Kind != T.Eof) body.Add(p.Statement());
            return body;
        }

        /// <summary>One expression; identifiers <c>{holePrefix}N</c> become <see cref="Hole"/> N.</summary>
        public static Expr ParseExpression(string source, string? holePrefix = null)
        {
            var p = new JsParser(source, holePrefix);
            var e = p.Expression();
            if (p.Peek.Kind != T.Eof) throw p.Error("unexpected '" + p.Peek.Text + "' after the expression");
            return e;
        }

        // ------------------------------------------------------------------ lexer

        static readonly string[] Puncts =
        {
            ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
            "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**",
            "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".",
        };

        static readonly HashSet<string> RegexAfterWords = new(StringComparer.Ordinal)
        { "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await" };

        static bool IsIdStart(char c) => char.IsLetter(c) || c == '_' || c == '$';
        static bool IsIdPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

        static List<Tok> Lex(string s)
        {
            var list = new List<Tok>();
            int i = 0, line = 1, lineStart = 0;
            bool nl = false;
            while (true)
            {
                // whitespace and comments
                while (i < s.Length)
                {
                    char c = s[i];
                    if (c == '\n') { nl = true; i++; line++; lineStart = i; }
                    else if (char.IsWhiteSpace(c)) i++;
                    else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') { while (i < s.Length && s[i] != '\n') i++; }
                    else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
                    {
                        int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                        if (end < 0) throw new JsParseException($"({line},{i - lineStart + 1}): unterminated comment");
                        for (int k = i; k < end; k++) if (s[k] == '\n') { nl = true; line++; lineStart = k + 1; }
                        i = end + 2;
                    }
                    else break;
                }
                int col = i - lineStart + 1;
                if (i >= s.Length) { list.Add(new Tok(T.Eof, "", null, true, line, col)); return list; }
                char ch = s[i];
                int start = i;
                if (IsIdStart(ch) || ch == '\\')
                {
                    if (ch == '\\') throw new JsParseException($"({line},{col}): escaped identifiers are not supported");
                    while (i < s.Length && IsIdPart(s[i])) i++;
                    list.Add(new Tok(T.Name, s.Substring(start, i - start), null, nl, line, col));
                }
                else if (char.IsDigit(ch) || ch == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1]))
                {
                    if (ch == '0' && i + 1 < s.Length && (s[i + 1] | 0x20) is 'x' or 'b' or 'o')
                    {
                        i += 2;
                        while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
                    }
                    else
                    {
                        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) i++;
                        if (i < s.Length && (s[i] | 0x20) == 'e')
                        {
                            i++;
                            if (i < s.Length && s[i] is '+' or '-') i++;
                            while (i < s.Length && char.IsDigit(s[i])) i++;
                        }
                        if (i < s.Length && s[i] == 'n') i++;
                    }
                    if (i < s.Length && IsIdStart(s[i])) throw new JsParseException($"({line},{col}): bad number");
                    list.Add(new Tok(T.Num, s.Substring(start, i - start), null, nl, line, col));
                }
                else if (ch is '"' or '\'')
                {
                    var sb = new StringBuilder();
                    i++;
                    while (true)
                    {
                        if (i >= s.Length || s[i] == '\n') throw new JsParseException($"({line},{col}): unterminated string");
                        char c = s[i];
                        if (c == ch) { i++; break; }
                        if (c != '\\') { sb.Append(c); i++; continue; }
                        i++;
                        char e = s[i++];
                        switch (e)
                        {
                            case 'n': sb.Append('\n'); break;
                            case 't': sb.Append('\t'); break;
                            case 'r': sb.Append('\r'); break;
                            case 'b': sb.Append('\b'); break;
                            case 'f': sb.Append('\f'); break;
                            case 'v': sb.Append('\v'); break;
                            case '0' when i >= s.Length || !char.IsDigit(s[i]): sb.Append('\0'); break;
                            case 'x': sb.Append((char)int.Parse(s.Substring(i, 2), NumberStyles.HexNumber)); i += 2; break;
                            case 'u':
                                if (s[i] == '{')
                                {
                                    int close = s.IndexOf('}', i);
                                    sb.Append(char.ConvertFromUtf32(int.Parse(s.Substring(i + 1, close - i - 1), NumberStyles.HexNumber)));
                                    i = close + 1;
                                }
                                else { sb.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber)); i += 4; }
                                break;
                            case '\n': line++; lineStart = i; break;
                            default:
                                if (char.IsDigit(e)) throw new JsParseException($"({line},{col}): octal escapes are not supported");
                                sb.Append(e);
                                break;
                        }
                    }
                    list.Add(new Tok(T.Str, s.Substring(start, i - start), sb.ToString(), nl, line, col));
                }
                else if (ch == '`') throw new JsParseException($"({line},{col}): template literals are not supported");
                else if (ch == '/' && RegexAllowed(list))
                {
                    i++;
                    bool inClass = false;
                    while (true)
                    {
                        if (i >= s.Length || s[i] == '\n') throw new JsParseException($"({line},{col}): unterminated regular expression");
                        char c = s[i++];
                        if (c == '\\') { i++; continue; }
                        if (c == '[') inClass = true;
                        else if (c == ']') inClass = false;
                        else if (c == '/' && !inClass) break;
                    }
                    while (i < s.Length && IsIdPart(s[i])) i++;
                    list.Add(new Tok(T.Regex, s.Substring(start, i - start), null, nl, line, col));
                }
                else
                {
                    string? p = null;
                    foreach (var cand in Puncts)
                        if (string.CompareOrdinal(s, i, cand, 0, cand.Length) == 0) { p = cand; break; }
                    if (p == null) throw new JsParseException($"({line},{col}): unexpected character '{ch}'");
                    // `a?.5:b` is a conditional, not optional chaining.
                    if (p == "?." && i + 2 < s.Length && char.IsDigit(s[i + 2])) p = "?";
                    i += p.Length;
                    list.Add(new Tok(T.Punct, p, null, nl, line, col));
                }
                nl = false;
            }
        }

        static bool RegexAllowed(List<Tok> list)
        {
            if (list.Count == 0) return true;
            var prev = list[^1];
            return prev.Kind switch
            {
                T.Punct => prev.Text is not (")" or "]" or "}" or "++" or "--"),
                T.Name => RegexAfterWords.Contains(prev.Text),
                _ => false,
            };
        }

        // ------------------------------------------------------------------ token helpers

        Tok Peek => toks[pos];
        Tok PeekAt(int k) => toks[Math.Min(pos + k, toks.Count - 1)];
        Tok Next() => toks[pos++];

        bool Is(string punct) => Peek.Kind == T.Punct && Peek.Text == punct;
        bool IsWord(string word) => Peek.Kind == T.Name && Peek.Text == word;

        bool Eat(string punct)
        {
            if (!Is(punct)) return false;
            pos++;
            return true;
        }

        bool EatWord(string word)
        {
            if (!IsWord(word)) return false;
            pos++;
            return true;
        }

        void Expect(string punct)
        {
            if (!Eat(punct)) throw Error($"expected '{punct}' but found '{Peek.Text}'");
        }

        void ExpectWord(string word)
        {
            if (!EatWord(word)) throw Error($"expected '{word}' but found '{Peek.Text}'");
        }

        JsParseException Error(string message) => new($"({Peek.Line},{Peek.Col}): {message}");

        void Semicolon()
        {
            if (Eat(";")) return;
            if (Is("}") || Peek.Kind == T.Eof || Peek.NewlineBefore) return;
            throw Error($"expected ';' but found '{Peek.Text}'");
        }

        static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export",
            "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return", "super", "switch",
            "this", "throw", "try", "typeof", "var", "void", "while", "with", "null", "true", "false",
        };

        string Identifier()
        {
            var t = Next();
            if (t.Kind != T.Name || Reserved.Contains(t.Text)) { pos--; throw Error($"expected an identifier but found '{t.Text}'"); }
            return t.Text;
        }

        // ------------------------------------------------------------------ statements

        Stmt Statement()
        {
            var t = Peek;
            if (t.Kind == T.Punct)
            {
                if (t.Text == "{") return BlockStatement();
                if (t.Text == ";") { pos++; return new Empty(); }
            }
            if (t.Kind == T.Name)
            {
                switch (t.Text)
                {
                    case "var":
                    case "const":
                        return Declaration();
                    case "let" when PeekAt(1).Kind == T.Name || PeekAt(1).Text is "[" or "{":
                        return Declaration();
                    case "function":
                        return new FuncDecl(Function(isAsync: false, requireName: true));
                    case "async" when PeekAt(1).Text == "function" && !PeekAt(1).NewlineBefore:
                        pos++;
                        return new FuncDecl(Function(isAsync: true, requireName: true));
                    case "class": return Class();
                    case "if":
                        {
                            pos++;
                            Expect("(");
                            var test = Expression();
                            Expect(")");
                            var then = Statement();
                            var @else = EatWord("else") ? Statement() : null;
                            return new If(test, then, @else);
                        }
                    case "while":
                        {
                            pos++;
                            Expect("(");
                            var test = Expression();
                            Expect(")");
                            return new While(test, Statement());
                        }
                    case "do":
                        {
                            pos++;
                            var body = Statement();
                            ExpectWord("while");
                            Expect("(");
                            var test = Expression();
                            Expect(")");
                            Eat(";");
                            return new DoWhile(body, test);
                        }
                    case "for": return ForStatement();
                    case "return":
                        {
                            pos++;
                            Expr? value = null;
                            if (!Is(";") && !Is("}") && !Peek.NewlineBefore && Peek.Kind != T.Eof) value = Expression();
                            Semicolon();
                            return new Return(value);
                        }
                    case "break":
                    case "continue":
                        {
                            pos++;
                            string? label = null;
                            if (Peek.Kind == T.Name && !Peek.NewlineBefore && !Reserved.Contains(Peek.Text)) label = Next().Text;
                            Semicolon();
                            return t.Text == "break" ? new Break(label) : new Continue(label);
                        }
                    case "throw":
                        {
                            pos++;
                            var value = Expression();
                            Semicolon();
                            return new Throw(value);
                        }
                    case "try": return TryStatement();
                    case "switch": return SwitchStatement();
                }
                if (PeekAt(1).Kind == T.Punct && PeekAt(1).Text == ":" && !Reserved.Contains(t.Text))
                {
                    pos += 2;
                    return new Labeled(t.Text, Statement());
                }
            }
            var e = Expression();
            Semicolon();
            return new ExprStmt(e);
        }

        Block BlockStatement()
        {
            Expect("{");
            var body = new List<Stmt>();
            while (!Eat("}")) body.Add(Statement());
            return new Block(body);
        }

        VarDecl Declaration(bool inFor = false)
        {
            var kind = Next().Text;
            var decls = new List<Declarator>();
            do
            {
                var target = BindingTarget();
                Expr? init = null;
                if (Eat("=")) init = Assignment(noIn: inFor);
                decls.Add(new Declarator(target, init));
            } while (Eat(","));
            if (!inFor) Semicolon();
            return new VarDecl(kind, decls);
        }

        Expr BindingTarget()
        {
            if (Is("[") || Is("{")) return Primary();
            return new Id(Identifier());
        }

        Stmt ForStatement()
        {
            ExpectWord("for");
            Expect("(");
            Stmt? init = null;
            if (IsWord("var") || IsWord("const") || IsWord("let") && (PeekAt(1).Kind == T.Name || PeekAt(1).Text is "[" or "{"))
            {
                var decl = Declaration(inFor: true);
                if (decl.Decls.Count == 1 && decl.Decls[0].Init == null && (IsWord("of") || IsWord("in")))
                {
                    bool isIn = Next().Text == "in";
                    var source = isIn ? Expression() : Assignment();
                    Expect(")");
                    return new ForOf(decl.Kind, decl.Decls[0].Target, source, Statement(), isIn);
                }
                init = decl;
            }
            else if (!Is(";"))
            {
                var e = Expression(noIn: true);
                if (IsWord("of") || IsWord("in"))
                {
                    bool isIn = Next().Text == "in";
                    var source = isIn ? Expression() : Assignment();
                    Expect(")");
                    return new ForOf(null, e, source, Statement(), isIn);
                }
                init = new ExprStmt(e);
            }
            Expect(";");
            var test = Is(";") ? null : Expression();
            Expect(";");
            var update = Is(")") ? null : Expression();
            Expect(")");
            return new For(init, test, update, Statement());
        }

        Stmt TryStatement()
        {
            ExpectWord("try");
            var body = BlockStatement();
            Expr? param = null;
            Block? handler = null, fin = null;
            if (EatWord("catch"))
            {
                if (Eat("("))
                {
                    param = BindingTarget();
                    Expect(")");
                }
                handler = BlockStatement();
            }
            if (EatWord("finally")) fin = BlockStatement();
            if (handler == null && fin == null) throw Error("try without catch or finally");
            return new Try(body, param, handler, fin);
        }

        Stmt SwitchStatement()
        {
            ExpectWord("switch");
            Expect("(");
            var disc = Expression();
            Expect(")");
            Expect("{");
            var cases = new List<Case>();
            while (!Eat("}"))
            {
                Expr? test = null;
                if (EatWord("default")) { }
                else
                {
                    ExpectWord("case");
                    test = Expression();
                }
                Expect(":");
                var body = new List<Stmt>();
                while (!IsWord("case") && !IsWord("default") && !Is("}")) body.Add(Statement());
                cases.Add(new Case(test, body));
            }
            return new Switch(disc, cases);
        }

        Func Function(bool isAsync, bool requireName)
        {
            ExpectWord("function");
            bool gen = Eat("*");
            string? name = null;
            if (Peek.Kind == T.Name && !Is("(")) name = Identifier();
            else if (requireName) throw Error("a function declaration needs a name");
            return FunctionRest(name, isAsync, gen);
        }

        Func FunctionRest(string? name, bool isAsync, bool gen)
        {
            var ps = Params();
            var saved = inGenerator;
            inGenerator = gen;
            var body = BlockStatement();
            inGenerator = saved;
            return new Func(name, ps, body, isAsync, gen);
        }

        List<Expr> Params()
        {
            Expect("(");
            var ps = new List<Expr>();
            while (!Eat(")"))
            {
                if (Eat("...")) ps.Add(new Spread(BindingTarget()));
                else
                {
                    var target = BindingTarget();
                    ps.Add(Eat("=") ? new Assign(target, Assignment()) : target);
                }
                if (!Is(")")) Expect(",");
            }
            return ps;
        }

        Stmt Class()
        {
            ExpectWord("class");
            var name = Identifier();
            Expr? super = null;
            if (EatWord("extends")) super = LeftHandSide();
            Expect("{");
            var members = new List<ClassMember>();
            while (!Eat("}"))
            {
                if (Eat(";")) continue;
                bool isStatic = false;
                if (IsWord("static") && PeekAt(1).Text != "(") { pos++; isStatic = true; }
                var (kind, key, computed, fn) = MethodLike();
                var mk = kind switch
                {
                    PropKind.Get => MemberKind.Get,
                    PropKind.Set => MemberKind.Set,
                    _ => !isStatic && key == "constructor" ? MemberKind.Constructor : MemberKind.Method,
                };
                members.Add(new ClassMember(mk, isStatic, key, computed, fn));
            }
            return new ClassDecl(name, super, members);
        }

        /// <summary>A method or accessor of a class or object literal (after any `static`).</summary>
        (PropKind kind, string? key, Expr? computed, Func fn) MethodLike()
        {
            var kind = PropKind.Method;
            bool isAsync = false, gen = false;
            if ((IsWord("get") || IsWord("set")) && PeekAt(1).Text is not ("(" or ":" or "," or "}"))
                kind = Next().Text == "get" ? PropKind.Get : PropKind.Set;
            else if (IsWord("async") && PeekAt(1).Text is not ("(" or ":" or "," or "}") && !PeekAt(1).NewlineBefore) { pos++; isAsync = true; }
            if (Eat("*")) gen = true;
            var (key, computed) = PropertyKey();
            var fn = FunctionRest(null, isAsync, gen);
            return (kind, key, computed, fn);
        }

        (string? key, Expr? computed) PropertyKey()
        {
            if (Eat("["))
            {
                var e = Assignment();
                Expect("]");
                return (null, e);
            }
            var t = Next();
            return t.Kind switch
            {
                T.Name => (t.Text, null),
                T.Str => (t.Value, null),
                T.Num => (t.Text, null),
                _ => throw new JsParseException($"({t.Line},{t.Col}): bad property name '{t.Text}'"),
            };
        }

        // ------------------------------------------------------------------ expressions

        Expr Expression(bool noIn = false)
        {
            var first = Assignment(noIn);
            if (!Is(",")) return first;
            var items = new List<Expr> { first };
            while (Eat(",")) items.Add(Assignment(noIn));
            return new Seq(items);
        }

        static readonly HashSet<string> AssignOps = new(StringComparer.Ordinal)
        { "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=" };

        Expr Assignment(bool noIn = false)
        {
            if (IsArrowAhead()) return ArrowFunction();
            if (inGenerator && IsWord("yield"))
            {
                pos++;
                bool dlg = Eat("*");
                Expr? arg = null;
                if (!Peek.NewlineBefore && !Is(")") && !Is("]") && !Is("}") && !Is(",") && !Is(";") && !Is(":") && Peek.Kind != T.Eof)
                    arg = Assignment(noIn);
                return new Yield(arg, dlg);
            }
            var left = Conditional(noIn);
            if (Peek.Kind == T.Punct && AssignOps.Contains(Peek.Text))
            {
                var op = Next().Text;
                return new Assign(left, Assignment(noIn), op);
            }
            return left;
        }

        bool IsArrowAhead()
        {
            int k = 0;
            if (IsWord("async") && PeekAt(1).Kind != T.Eof && !PeekAt(1).NewlineBefore && (PeekAt(1).Kind == T.Name || PeekAt(1).Text == "(")) k = 1;
            var t = PeekAt(k);
            if (t.Kind == T.Name && !Reserved.Contains(t.Text)) return PeekAt(k + 1).Text == "=>" && PeekAt(k + 1).Kind == T.Punct;
            if (t.Kind != T.Punct || t.Text != "(") return false;
            int depth = 0;
            for (int j = pos + k; j < toks.Count; j++)
            {
                var x = toks[j];
                if (x.Kind == T.Eof) return false;
                if (x.Kind != T.Punct) continue;
                if (x.Text is "(" or "[" or "{") depth++;
                else if (x.Text is ")" or "]" or "}")
                {
                    depth--;
                    if (depth == 0) return j + 1 < toks.Count && toks[j + 1].Kind == T.Punct && toks[j + 1].Text == "=>";
                }
            }
            return false;
        }

        Expr ArrowFunction()
        {
            bool isAsync = false;
            if (IsWord("async") && PeekAt(1).Text != "=>") { pos++; isAsync = true; }
            List<Expr> ps;
            if (Is("(")) ps = Params();
            else ps = new List<Expr> { new Id(Identifier()) };
            Expect("=>");
            var saved = inGenerator;
            inGenerator = false;
            Node body = Is("{") ? BlockStatement() : Assignment();
            inGenerator = saved;
            return new Arrow(ps, body, isAsync);
        }

        Expr Conditional(bool noIn)
        {
            var test = BinaryExpr(0, noIn);
            if (!Eat("?")) return test;
            var then = Assignment();
            Expect(":");
            var @else = Assignment(noIn);
            return new Cond(test, then, @else);
        }

        int BinaryPrec(bool noIn)
        {
            var t = Peek;
            if (t.Kind == T.Punct)
            {
                return t.Text switch
                {
                    "??" or "||" or "&&" or "|" or "^" or "&" or "==" or "!=" or "===" or "!==" or "<" or ">" or "<=" or ">="
                        or "<<" or ">>" or ">>>" or "+" or "-" or "*" or "/" or "%" or "**" => Prec.OfBinary(t.Text),
                    _ => -1,
                };
            }
            if (t.Kind == T.Name && (t.Text == "instanceof" || t.Text == "in" && !noIn)) return Prec.Relational;
            return -1;
        }

        Expr BinaryExpr(int minPrec, bool noIn)
        {
            var left = UnaryExpr();
            while (true)
            {
                int p = BinaryPrec(noIn);
                if (p < 0 || p < minPrec) return left;
                var op = Next().Text;
                // ** is right-associative; everything else is left-associative.
                var right = op == "**" ? BinaryExpr(p, noIn) : BinaryExpr(p + 1, noIn);
                left = new Binary(op, left, right);
            }
        }

        Expr UnaryExpr()
        {
            var t = Peek;
            if (t.Kind == T.Punct && t.Text is "!" or "-" or "+" or "~") { pos++; return new Unary(t.Text, UnaryExpr()); }
            if (t.Kind == T.Punct && t.Text is "++" or "--") { pos++; return new Update(t.Text, true, UnaryExpr()); }
            if (t.Kind == T.Name && t.Text is "typeof" or "void" or "delete" or "await") { pos++; return new Unary(t.Text, UnaryExpr()); }
            var e = LeftHandSide();
            if (Peek.Kind == T.Punct && Peek.Text is "++" or "--" && !Peek.NewlineBefore) return new Update(Next().Text, false, e);
            return e;
        }

        Expr LeftHandSide()
        {
            Expr e;
            if (IsWord("new"))
            {
                pos++;
                var callee = MemberOnly();
                var args = Is("(") ? Arguments() : new List<Expr>();
                e = new New(callee, args);
            }
            else e = Primary();
            while (true)
            {
                if (Eat(".")) e = new Member(e, PropertyName());
                else if (Eat("[")) { var k = Expression(); Expect("]"); e = new Subscript(e, k); }
                else if (Is("(")) e = new Call(e, Arguments());
                else if (Is("?.") && PeekAt(1).Kind == T.Name) { pos++; e = new Member(e, PropertyName(), optional: true); }
                else if (Is("?.")) throw Error("optional calls and subscripts are not supported");
                else return e;
            }
        }

        /// <summary>The callee of `new`: a primary with member accesses, but no call.</summary>
        Expr MemberOnly()
        {
            Expr e;
            if (IsWord("new"))
            {
                pos++;
                var callee = MemberOnly();
                e = new New(callee, Is("(") ? Arguments() : new List<Expr>());
            }
            else e = Primary();
            while (true)
            {
                if (Eat(".")) e = new Member(e, PropertyName());
                else if (Eat("[")) { var k = Expression(); Expect("]"); e = new Subscript(e, k); }
                else return e;
            }
        }

        string PropertyName()
        {
            var t = Next();
            if (t.Kind != T.Name) throw new JsParseException($"({t.Line},{t.Col}): expected a property name but found '{t.Text}'");
            return t.Text;
        }

        List<Expr> Arguments()
        {
            Expect("(");
            var args = new List<Expr>();
            while (!Eat(")"))
            {
                args.Add(Eat("...") ? new Spread(Assignment()) : Assignment());
                if (!Is(")")) Expect(",");
            }
            return args;
        }

        Expr Primary()
        {
            var t = Next();
            switch (t.Kind)
            {
                case T.Num: return new Num(t.Text);
                case T.Str: return new Str(t.Value!);
                case T.Regex: return new RegexLit(t.Text);
                case T.Name:
                    switch (t.Text)
                    {
                        case "this": case "super": case "null": case "true": case "false": return new Kw(t.Text);
                        case "function": pos--; return Function(isAsync: false, requireName: false);
                        case "async" when IsWord("function") && !Peek.NewlineBefore: return Function(isAsync: true, requireName: false);
                    }
                    if (Reserved.Contains(t.Text)) { pos--; throw Error($"unexpected '{t.Text}'"); }
                    if (holePrefix != null && t.Text.StartsWith(holePrefix, StringComparison.Ordinal)
                        && int.TryParse(t.Text.AsSpan(holePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var hole))
                        return new Hole(hole);
                    return new Id(t.Text);
                case T.Punct:
                    switch (t.Text)
                    {
                        case "(":
                            {
                                var e = Expression();
                                Expect(")");
                                return e;
                            }
                        case "[":
                            {
                                var items = new List<Expr?>();
                                while (!Eat("]"))
                                {
                                    if (Is(",")) { pos++; items.Add(null); continue; }
                                    items.Add(Eat("...") ? new Spread(Assignment()) : Assignment());
                                    if (!Is("]")) Expect(",");
                                }
                                return new ArrayLit(items);
                            }
                        case "{": return ObjectLiteral();
                    }
                    break;
            }
            pos--;
            throw Error($"unexpected '{t.Text}'");
        }

        Expr ObjectLiteral()
        {
            var props = new List<Prop>();
            while (!Eat("}"))
            {
                if (Eat("...")) props.Add(new Prop(PropKind.Spread, null, null, Assignment()));
                else if (Peek.Kind == T.Name && PeekAt(1).Text is "," or "}" or "=" && PeekAt(1).Kind == T.Punct)
                {
                    // { a } or, in a pattern, { a = 1 }
                    var name = Identifier();
                    Expr value = new Id(name);
                    if (Eat("=")) value = new Assign(value, Assignment());
                    props.Add(new Prop(PropKind.Shorthand, name, null, value));
                }
                else
                {
                    int save = pos;
                    if ((IsWord("get") || IsWord("set") || IsWord("async")) && PeekAt(1).Text is not ("(" or ":" or "," or "}") || Is("*"))
                    {
                        var (kind, key, computed, fn) = MethodLike();
                        props.Add(new Prop(kind, key, computed, fn));
                    }
                    else
                    {
                        var (key, computed) = PropertyKey();
                        if (Is("("))
                        {
                            pos = save;
                            var (kind, k2, c2, fn) = MethodLike();
                            props.Add(new Prop(kind, k2, c2, fn));
                        }
                        else
                        {
                            Expect(":");
                            props.Add(new Prop(PropKind.Init, key, computed, Assignment()));
                        }
                    }
                }
                if (!Is("}")) Expect(",");
            }
            return new ObjectLit(props);
        }
    }
}
