using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Every refusal code has a case asserting the code and the exact file(line,col).
    /// The expected position is written into the snippet as the marker <c>/*@*/</c>, placed right before
    /// the first character of the offending token; the marker is removed before compiling. Convention
    /// assumed here (csc's): a declaration is reported at its identifier, a member use at the member's
    /// name, a statement or modifier at its keyword, a type use at the type's first character.
    /// Lines and columns are 1-based.</summary>
    [TestFixture, NonParallelizable, Category("Diagnostics")]
    public sealed class DiagnosticsTests
    {
        private const string Marker = "/*@*/";

        private static (string Text, int Line, int Col) Locate(string marked)
        {
            int at = marked.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException("no marker");
            var text = marked.Remove(at, Marker.Length);
            var before = text.Substring(0, at);
            int line = before.Count(c => c == '\n') + 1;
            int col = at - (before.LastIndexOf('\n') + 1) + 1;
            return (text, line, col);
        }

        /// <summary>A program around <paramref name="members"/>; <paramref name="call"/> is a statement put in
        /// Main so the offending member is reachable (some checks only look at reachable code).</summary>
        private static string Program(string members, string call = "") =>
            "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\n" +
            "public static class Program\n{\n" + members + "\n    public static void Main() { " + call + " Console.WriteLine(\"x\"); }\n}\n";

        public static IEnumerable<TestCaseData> Cases()
        {
            TestCaseData C(string code, string name, string marked) => new TestCaseData(code, marked).SetName(code + " " + name);

            // CSX1001 is checked on reachable code, so these snippets call the offending member from Main.
            yield return C("CSX1001", "unmapped BCL member", "using System;\npublic static class Program\n{\n    public static void Main() { Console./*@*/Beep(); }\n}\n");
            yield return C("CSX1001", "unmapped BCL type member (Environment)", "using System;\npublic static class Program\n{\n    public static void Main() { Console.WriteLine(Environment./*@*/MachineName); }\n}\n");
            yield return C("CSX2008", "lock statement", Program("    static readonly object Gate = new object();\n    static void F() { /*@*/lock (Gate) { Console.WriteLine(1); } }"));
            yield return C("CSX2008", "Task.Result", Program("    static int F(Task<int> t) => t./*@*/Result;"));
            yield return C("CSX2008", "Task.Wait()", Program("    static void F(Task t) { t./*@*/Wait(); }"));
            // Result stays refused unless the task is a ContinueWith antecedent (complete when the lambda runs).
            yield return C("CSX2008", "Task.Result after an await", Program("    static async Task<int> F(Task<int> t) { await t; Console.WriteLine(t.IsCompleted); return t./*@*/Result; }"));
            yield return C("CSX2008", "another task's Result inside ContinueWith", Program("    static Task<int> F(Task<int> a, Task<int> b) => a.ContinueWith(x => b./*@*/Result);"));
            yield return C("CSX2008", "GetAwaiter().GetResult()", Program("    static int F(Task<int> t) => t./*@*/GetAwaiter().GetResult();"));
            yield return C("CSX2009", "unsafe block", Program("    static void F() { /*@*/unsafe { int x = 1; int* p = &x; Console.WriteLine(*p); } }"));
            yield return C("CSX2010", "dynamic", Program("    static void F() { /*@*/dynamic d = 1; Console.WriteLine(d); }"));
            yield return C("CSX2010", "reflection GetProperties", Program("    static int F(object o) => o.GetType()./*@*/GetProperties().Length;"));
            yield return C("CSX2011", "goto", Program("    static void F() { int i = 0; top: i++; if (i < 3) /*@*/goto top; Console.WriteLine(i); }"));
            // Further codes of design §5.4 (the brief's list above is the minimum).
            yield return C("CSX2001", "catch of a type parameter", Program("    static void F<T>(Action a) where T : Exception { try { a(); } /*@*/catch (T) { } }", "F<InvalidOperationException>(() => { });"));
            yield return C("CSX2008", "Task.Run", Program("    static Task F() => Task./*@*/Run(() => { });", "F();"));
            yield return C("CSX2009", "Span<T>", Program("    static int F() { /*@*/Span<int> s = new int[2]; return s.Length; }", "Console.WriteLine(F());"));
            // An [ObjectLiteral] type gets no JS class: its static members would be read from nothing at run time.
            yield return C("CSX2018", "static method on an [ObjectLiteral] type", "using System;\n[Js.ObjectLiteral] public class Answer { public bool ok; public static bool /*@*/IsValid(Answer a) => a.ok; }\npublic static class Program { public static void Main() { Console.WriteLine(Answer.IsValid(new Answer { ok = true })); } }\n");
            yield return C("CSX2018", "static readonly field on an [ObjectLiteral] type", "using System;\n[Js.ObjectLiteral] public class Answer { public const string Type = \"t\"; public static readonly string /*@*/Kind = \"k\"; public bool ok; }\npublic static class Program { public static void Main() { Console.WriteLine(Answer.Kind + Answer.Type); } }\n");
            yield return C("CSX2020", "default body of a static virtual interface member", "using System;\ninterface IKind { static virtual string /*@*/Kind() => \"any\"; }\nclass A : IKind { }\npublic static class Program { static string K<T>() where T : IKind => T.Kind(); public static void Main() { Console.WriteLine(K<A>()); } }\n");
            yield return C("CSX2014", "finalizer", "using System;\nclass Res { ~/*@*/Res() { } }\npublic static class Program { public static void Main() { Console.WriteLine(new Res() != null); } }\n");
            yield return C("CSX2007", "subclassing List<T>", "using System;\nusing System.Collections.Generic;\nclass /*@*/Bag : List<int> { }\npublic static class Program { public static void Main() { Console.WriteLine(new Bag().Count); } }\n");
            yield return C("CSX2014", "GC.Collect", Program("    static void F() { GC./*@*/Collect(); }", "F();"));
            yield return C("CSX2016", "Task<Task<int>>", Program("    static /*@*/Task<Task<int>> F() => Task.FromResult(Task.FromResult(1));", "F();"));
            // A test no collection tag can answer (a type parameter's value, an open interface) is refused, never answered false.
            yield return C("CSX2005", "is ICollection<T> on a type parameter", Program("    static int F<T>(IEnumerable<T> xs) => xs is /*@*/ICollection<T> c ? c.Count : -1;", "Console.WriteLine(F(new List<int>()));"));
            yield return C("CSX2005", "is int[] on a type parameter's value", Program("    static bool F<T>(T x) => x is /*@*/int[];", "Console.WriteLine(F(new int[1]));"));
            yield return C("CSX2005", "is List<T> naming a type parameter", Program("    static bool F<T>(object x) => x is /*@*/List<T>;", "Console.WriteLine(F<int>(new int[1]));"));
            yield return C("CSX2019", "HttpClient", "using System;\nusing System.Net.Http;\npublic static class Program { public static void Main() { var c = new /*@*/HttpClient(); Console.WriteLine(c != null); } }\n");
            yield return C("CSX2021", "virtual event with add/remove", "using System;\nclass Feed { public virtual event Action /*@*/Ready { add { } remove { } } }\npublic static class Program { public static void Main() { new Feed().Ready += () => { }; Console.WriteLine(1); } }\n");
            yield return C("CSX1002", "list pattern on StringBuilder", "using System;\nusing System.Text;\npublic static class Program { public static void Main() { var sb = new StringBuilder(\"ab\"); Console.WriteLine(sb is /*@*/[.., 'b']); } }\n");
            yield return C("CSX1002", "range over a user type", "using System;\nclass Bag { public int Count => 2; public int this[int i] => i; public Bag Slice(int s, int n) => this; }\npublic static class Program { public static void Main() { var b = new Bag(); Console.WriteLine(/*@*/b[1..].Count); } }\n");
            yield return C("CSX1002", "interpolated string handler outside StringBuilder", Program("    static string F() { System.Runtime.CompilerServices.DefaultInterpolatedStringHandler h = /*@*/$\"x{1}\"; return h.ToStringAndClear(); }", "F();"));
        }

        [TestCaseSource(nameof(Cases))]
        public void ReportsCodeAtLocation(string code, string marked)
        {
            var (text, line, col) = Locate(marked);
            var r = JsCompilation.Compile("Diag.cs", text);
            Assert.That(r.Success, Is.False, "expected a refusal with " + code + "; got success");
            var hits = r.Diagnostics.Where(d => d.Code == code).ToList();
            Assert.That(hits, Is.Not.Empty, "no " + code + "; got:\n" + JsCompilation.Describe(r));
            Assert.That(hits.Any(d => d.Path == "Diag.cs" && d.Line == line && d.Column == col && d.Severity == "error"), Is.True,
                $"expected Diag.cs({line},{col}): error {code}; got:\n" + JsCompilation.Describe(r));
            Assert.That(hits.All(d => d.Message.Length > 0), Is.True, "empty message");
        }

        /// <summary>Every refusal comes from the Check stage, before anything is reached or lowered (Lower
        /// only asserts): the Check stage alone reports each case's code at its location.</summary>
        public static IEnumerable<TestCaseData> CheckCases() =>
            Cases().Select(c => new TestCaseData(c.Arguments).SetName("Check " + c.TestName));

        [TestCaseSource(nameof(CheckCases))]
        public void CheckAloneRefuses(string code, string marked)
        {
            var (text, line, col) = Locate(marked);
            var compilation = Compiler.CreateCompilation(new[] { new SourceFile("Diag.cs", text) });
            var found = Cs2Js.Check.Checker.Run(compilation);
            Assert.That(found.Any(d => d.Code == code && d.Line == line && d.Column == col), Is.True,
                $"Check did not report Diag.cs({line},{col}): {code}; it reported:\n" + string.Join("\n", found));
        }

        /// <summary>Every diagnostic of every case points into the compiled file (never "cs2js(1,1)").</summary>
        [Test]
        public void EveryDiagnosticHasASourceLocation()
        {
            var bad = new List<string>();
            foreach (var c in Cases())
            {
                var (text, _, _) = Locate((string)c.Arguments[1]!);
                var r = JsCompilation.Compile("Diag.cs", text);
                bad.AddRange(r.Diagnostics.Where(d => d.Path != "Diag.cs" || d.Line < 1 || d.Column < 1).Select(d => c.TestName + ": " + d));
            }
            Assert.That(bad, Is.Empty, string.Join("\n", bad));
        }

        [Test]
        public void CommandLineFormatIsCscLike()
        {
            var (text, line, col) = Locate(Program("    static void F() { int i = 0; again: i++; if (i < 2) /*@*/goto again; }"));
            var r = JsCompilation.Compile("Some/Dir/Fmt.cs", text);
            var all = r.Diagnostics.Where(x => x.Code.StartsWith("CSX", StringComparison.Ordinal)).Select(x => x.ToString()).ToList();
            Assert.That(all, Is.Not.Empty, "no CSX diagnostic; got:\n" + JsCompilation.Describe(r));
            foreach (var s in all) Assert.That(s, Does.Match(@"^Some/Dir/Fmt\.cs\(\d+,\d+\): error CSX\d{4}: \S.*$"), s);
            Assert.That(all.Any(s => s.StartsWith($"Some/Dir/Fmt.cs({line},{col}): error CSX2011: ", StringComparison.Ordinal)), Is.True,
                $"expected one at ({line},{col}); got:\n" + string.Join("\n", all));
        }

        [Test]
        public void AllErrorsOfAFileAreReportedInOneRun()
        {
            var text = Program(
                "    static void A() { lock (typeof(int)) { } }\n" +
                "    static void B() { int i = 0; l: i++; if (i < 2) goto l; }\n" +
                "    static void C() { GC.Collect(); }\n" +
                "    static void D() { dynamic x = 2; Console.WriteLine(x); }");
            var r = JsCompilation.Compile("Many.cs", text);
            Assert.That(r.Success, Is.False);
            var codes = r.Diagnostics.Select(d => d.Code).Distinct().ToList();
            Assert.That(codes, Is.SupersetOf(new[] { "CSX2008", "CSX2011", "CSX2014", "CSX2010" }), JsCompilation.Describe(r));
            var lines = r.Diagnostics.Where(d => d.Code.StartsWith("CSX", StringComparison.Ordinal)).Select(d => d.Line).Distinct().ToList();
            Assert.That(lines, Has.Count.GreaterThanOrEqualTo(4), "errors on distinct lines expected: " + JsCompilation.Describe(r));
        }

        [Test]
        public void CSharpErrorsAreReportedToo()
        {
            var r = JsCompilation.Compile("Bad.cs", "public static class P { public static void Main() { int x = \"s\"; } }");
            Assert.That(r.Success, Is.False);
            Assert.That(r.Diagnostics.Any(d => d.Code == "CS0029" && d.Line == 1), Is.True, JsCompilation.Describe(r));
        }

        [Test]
        public void MarkerHelperComputesOneBasedPositions()
        {
            var (text, line, col) = Locate("ab\n  /*@*/x");
            Assert.That((text, line, col), Is.EqualTo(("ab\n  x", 2, 3)));
        }
    }
}
