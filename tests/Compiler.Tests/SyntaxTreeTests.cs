using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Acornima;
using Cs2Js.Bundle;
using Cs2Js.Lower;
using Cs2Js.Print;
using Cs2Js.Tree;
using NUnit.Framework;
using AstNode = Acornima.Ast.Node;

namespace Cs2Js.Tests
{
    /// <summary>The JS syntax tree, its parser and its printer: every runtime helper and template reads
    /// into the tree and prints back to the same program (compared as an independent parser's AST, so a
    /// lost parenthesis or a fused token fails), in debug and in release printing.</summary>
    [TestFixture, Category("SyntaxTree")]
    public sealed class SyntaxTreeTests
    {
        static readonly PrintOptions Debug = new();
        static readonly PrintOptions Release = new() { Minify = true };

        /// <summary>A structural dump of Acornima's AST: node types, names, operators, literal values and
        /// flags, without positions or raw text.</summary>
        public static string Shape(string js)
        {
            var ast = new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES2022 }).ParseScript(js);
            var sb = new StringBuilder();
            Dump(ast, sb);
            return sb.ToString();
        }

        static readonly AstNode TrueLiteral = new Parser().ParseExpression("true"), FalseLiteral = new Parser().ParseExpression("false");

        static void Dump(AstNode node, StringBuilder sb)
        {
            // Release printing writes true and false as !0 and !1.
            if (node is Acornima.Ast.UnaryExpression { Argument: Acornima.Ast.NumericLiteral { Value: 0 or 1 } lit } not && not.Operator.ToString() == "LogicalNot")
                node = lit.Value == 0 ? TrueLiteral : FalseLiteral;
            sb.Append('(').Append(node.Type);
            foreach (var p in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (p.Name is "Range" or "Location" or "UserData" or "Raw" or "Type" or "ChildNodes" || p.GetIndexParameters().Length > 0) continue;
                var t = p.PropertyType;
                if (t == typeof(string) || t == typeof(bool) || t.IsEnum)
                    sb.Append(' ').Append(p.Name).Append('=').Append(p.GetValue(node));
                else if (p.Name == "Value" && t == typeof(object))
                {
                    var v = p.GetValue(node);
                    sb.Append(" Value=").Append(v is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : v?.ToString());
                }
            }
            if (node is Acornima.Ast.RegExpLiteral re) sb.Append(" Regex=").Append(re.Raw);
            var children = node.ChildNodes.ToList();
            if (node is Acornima.Ast.IfStatement or Acornima.Ast.ForStatement or Acornima.Ast.ForInStatement or Acornima.Ast.ForOfStatement
                or Acornima.Ast.WhileStatement or Acornima.Ast.DoWhileStatement or Acornima.Ast.LabeledStatement)
                children = children.Select(Unbrace).ToList();
            // A final `return;` of a function body is dropped in release.
            if (node is Acornima.Ast.FunctionBody && children.Count > 0 && children[^1] is Acornima.Ast.ReturnStatement { Argument: null })
                children.RemoveAt(children.Count - 1);
            for (int i = 0; i < children.Count; i++)
            {
                // Adjacent declarations of one kind read as one (release printing merges them).
                if (children[i] is Acornima.Ast.VariableDeclaration first)
                {
                    sb.Append("(VariableDeclaration Kind=").Append(first.Kind);
                    for (; i < children.Count && children[i] is Acornima.Ast.VariableDeclaration vd && vd.Kind == first.Kind; i++)
                        foreach (var d in vd.Declarations) Dump(d, sb);
                    i--;
                    sb.Append(')');
                }
                else if (children[i] is { } child) Dump(child, sb);
            }
            sb.Append(')');
        }

        /// <summary>The body of an if/loop/label as release printing may write it: a block of one
        /// statement that is no declaration as that statement, an empty block as `;`.</summary>
        static AstNode Unbrace(AstNode n)
        {
            while (n is Acornima.Ast.NestedBlockStatement block)
            {
                var body = block.Body;
                if (body.Count == 0) return new Acornima.Ast.EmptyStatement();
                if (body.Count > 1 || body[0] is Acornima.Ast.Declaration) return n;
                n = body[0];
            }
            return n;
        }

        public static IEnumerable<TestCaseData> Helpers() =>
            Bundler.Runtime.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => new TestCaseData(k).SetName("Runtime " + k));

        [TestCaseSource(nameof(Helpers))]
        public void RuntimeHelperPrintsBackToTheSameProgram(string name)
        {
            var source = Bundler.Runtime[name];
            var tree = Bundler.RuntimeTrees[name];
            var expected = Shape(source);
            foreach (var options in new[] { Debug, Release })
            {
                var printed = Printer.Print(tree, options).Code;
                Assert.That(Shape(printed), Is.EqualTo(expected), $"{name} printed {(options.Minify ? "minified" : "debug")}:\n{printed}");
                // Printing is a fixed point: the printed text reads back to the same tree.
                Assert.That(Printer.Print(JsParser.ParseScript(printed), options).Code, Is.EqualTo(printed));
            }
        }

        [Test]
        public void EveryBclTemplateParses()
        {
            var failures = new List<string>();
            foreach (var (key, taskMode) in Bcl.BclMap.Keys.Select(k => (k, false)).Concat(Bcl.BclMap.TaskKeys.Select(k => (k, true))).ToList())
            {
                Bcl.BclMap.TaskMode = taskMode;
                string tpl;
                try { Bcl.BclMap.TryGetTemplate(key, out tpl); }
                finally { Bcl.BclMap.TaskMode = false; }
                try { JsParser.ParseExpression(Templates.Prepare(tpl, _ => true), Templates.HolePrefix); }
                catch (JsParseException e) { failures.Add($"{key}: {tpl}: {e.Message}"); }
            }
            Assert.That(failures, Is.Empty);
        }

        [Test]
        public void EveryTemplateBindingParses()
        {
            var failures = new List<string>();
            int count = 0;
            var asm = typeof(Js.ExternalAttribute).Assembly;
            foreach (var type in asm.GetTypes())
                foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var tpl = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "Js.TemplateAttribute")?.ConstructorArguments[0].Value as string;
                    if (tpl == null) continue;
                    count++;
                    var ps = member is MethodBase mb ? mb.GetParameters().Select(p => p.Name!) : Array.Empty<string>();
                    try { Templates.Parse(tpl, ps); }
                    catch (JsParseException e) { failures.Add($"{type.FullName}.{member.Name}: {tpl}: {e.Message}"); }
                }
            Assert.That(count, Is.GreaterThan(10), "no [Template] members found in the bindings assembly");
            Assert.That(failures, Is.Empty);
        }

        static Id I(string n) => new(n);
        static string P(Expr e, bool minify = false) => Printer.Print(e, minify ? Release : Debug);

        [Test]
        public void PrecedenceDecidesParentheses()
        {
            Assert.That(P(new Binary("*", new Binary("+", I("a"), I("b")), I("c"))), Is.EqualTo("(a + b) * c"));
            Assert.That(P(new Binary("+", I("a"), new Binary("*", I("b"), I("c")))), Is.EqualTo("a + b * c"));
            Assert.That(P(new Binary("-", I("a"), new Binary("-", I("b"), I("c")))), Is.EqualTo("a - (b - c)"));
            Assert.That(P(new Binary("-", new Binary("-", I("a"), I("b")), I("c"))), Is.EqualTo("a - b - c"));
            Assert.That(P(new Binary("**", new Unary("-", I("a")), I("b"))), Is.EqualTo("(-a) ** b"));
            Assert.That(P(new Binary("**", I("a"), new Binary("**", I("b"), I("c")))), Is.EqualTo("a ** b ** c"));
            Assert.That(P(new Binary("??", I("a"), new Binary("||", I("b"), I("c")))), Is.EqualTo("a ?? (b || c)"));
            Assert.That(P(new Binary("||", new Binary("??", I("a"), I("b")), I("c"))), Is.EqualTo("(a ?? b) || c"));
            Assert.That(P(new Cond(new Cond(I("a"), I("b"), I("c")), I("d"), I("e"))), Is.EqualTo("(a ? b : c) ? d : e"));
            Assert.That(P(new Call(new Arrow(new Expr[0], I("x")))), Is.EqualTo("(() => x)()"));
            Assert.That(P(new New(new Call(I("f")))), Is.EqualTo("new (f())()"));
            Assert.That(P(new Member(new Num("1"), "toString")), Is.EqualTo("(1).toString"));
            Assert.That(P(new Subscript(new Unary("await", I("p")), new Num("0"))), Is.EqualTo("(await p)[0]"));
            Assert.That(P(new Call(I("f"), new Seq(I("a"), I("b")))), Is.EqualTo("f((a, b))"));
            Assert.That(P(new Arrow(new Expr[] { I("x") }, new ObjectLit(new[] { Prop.Init("a", I("x")) }))), Is.EqualTo("(x) => ({ a: x })"));
        }

        [Test]
        public void ReleasePrintingKeepsTokensApart()
        {
            Assert.That(P(new Binary("-", I("a"), new Unary("-", I("b"))), true), Is.EqualTo("a- -b"));
            Assert.That(P(new Binary("+", I("a"), new Update("++", true, I("b"))), true), Is.EqualTo("a+ ++b"));
            Assert.That(P(new Unary("typeof", I("x")), true), Is.EqualTo("typeof x"));
            Assert.That(P(new Unary("typeof", new Str("s")), true), Is.EqualTo("typeof\"s\""));
            Assert.That(P(new Binary("instanceof", I("a"), I("B")), true), Is.EqualTo("a instanceof B"));
            Assert.That(P(new Binary("/", I("a"), new RegexLit("/x/g")), true), Is.EqualTo("a/ /x/g"));
            Assert.That(P(new Arrow(new Expr[] { I("x") }, I("x")), true), Is.EqualTo("x=>x"));
            Assert.That(P(new Binary("===", I("a"), Kw.True), true), Is.EqualTo("a===!0"));
            Assert.That(P(new Call(I("f"), Kw.False, new Member(Kw.True, "x")), true), Is.EqualTo("f(!1,(!0).x)"));
            Assert.That(P(new Binary("**", Kw.True, I("b")), true), Is.EqualTo("(!0)**b"));
            Assert.That(P(new Unary("typeof", Kw.False), true), Is.EqualTo("typeof!1"));
            Assert.That(P(new Binary("===", I("a"), Kw.True)), Is.EqualTo("a === true"));
        }

        static string ReleaseText(string js) => Printer.Print(JsParser.ParseScript(js), Release).Code.Replace("\n", "");

        [Test]
        public void ReleaseDropsBracesOfOneStatementBodiesButNotBeforeAForeignElse()
        {
            Assert.That(ReleaseText("if (a) { return 1; } for (;;) { x(); } while (b) { { y(); } } do { z(); } while (c); l: { w(); }"),
                Is.EqualTo("if(a)return 1;for(;;)x();while(b)y();do z();while(c);l:w();"));
            // An else after an inner if without one would change hands: those braces stay.
            Assert.That(ReleaseText("if (a) { if (b) x(); } else y();"), Is.EqualTo("if(a){if(b)x()}else y();"));
            Assert.That(ReleaseText("if (a) { for (;;) if (b) x(); } else y();"), Is.EqualTo("if(a){for(;;)if(b)x()}else y();"));
            Assert.That(ReleaseText("if (a) { if (b) x(); else if (c) z(); } else y();"), Is.EqualTo("if(a){if(b)x();else if(c)z()}else y();"));
            Assert.That(ReleaseText("if (a) { if (b) x(); else z(); } else y();"), Is.EqualTo("if(a)if(b)x();else z();else y();"));
            Assert.That(ReleaseText("if (a) { } else y();"), Is.EqualTo("if(a);else y();"));
            // A declaration needs its block.
            Assert.That(ReleaseText("if (a) { let q = 1; } while (b) { { const r = 2; } }"), Is.EqualTo("if(a){let q=1}while(b){const r=2}"));
            foreach (var js in new[] { "if (a) { if (b) x(); } else y();", "if (a) { for (;;) if (b) x(); } else y();", "if (a) { if (b) x(); else z(); } else y();" })
                Assert.That(Shape(ReleaseText(js)), Is.EqualTo(Shape(js)), js);
        }

        [Test]
        public void ReleaseDropsAFunctionsFinalReturn()
        {
            Assert.That(ReleaseText("function f() { x(); return; } const g = () => { y(); return; }; class C { m() { if (a) return; z(); return; } }"),
                Is.EqualTo("function f(){x()}const g=()=>{y()};class C{m(){if(a)return;z()}}"));
            Assert.That(ReleaseText("function h() { for (;;) { return; } }"), Is.EqualTo("function h(){for(;;)return}"));
        }

        [Test]
        public void ReleaseMergesAdjacentDeclarationsOfOneKind()
        {
            Assert.That(ReleaseText("function f() { let a = 1; let b = () => a; const c = 2; const d = c; let e; var g = 1; var h; x(); let i; }"),
                Is.EqualTo("function f(){let a=1,b=()=>a;const c=2,d=c;let e;var g=1,h;x();let i}"));
            Assert.That(ReleaseText("switch (a) { case 1: let p = 1; let q = p; break; }"), Is.EqualTo("switch(a){case 1:let p=1,q=p;break}"));
        }

        [Test]
        public void StatementsThatWouldStartAsBlocksOrDeclarationsAreParenthesised()
        {
            var body = new List<Stmt>
            {
                new ExprStmt(new Call(new Func(null, new Expr[0], new Block()))),
                new ExprStmt(new Assign(new ObjectLit(new[] { new Prop(PropKind.Shorthand, "a", null, I("a")) }), I("o"))),
            };
            var js = Printer.Print(body).Code;
            Assert.That(js, Is.EqualTo("(function() {}());\n({ a } = o);\n"));
            Assert.DoesNotThrow(() => Shape(js));
        }
    }
}
