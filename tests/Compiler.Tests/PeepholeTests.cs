using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Smaller lowering where a value is provably what the short form needs (issue 12); the
    /// differential samples strings/never_null_concat and collections/dictionary_tryget_forms prove the
    /// behaviour stays .NET's, including the cases that keep the long form.</summary>
    [TestFixture, Category("Codegen")]
    public sealed class PeepholeTests
    {
        static string Js(string main, string extra = "")
        {
            var source = "using System;\nusing System.Collections.Generic;\n" + extra + "\npublic static class Program\n{\n    static string P(string s) => s;\n    public static void Main()\n    {\n" + main + "\n    }\n}\n";
            var r = Compiler.Compile(new[] { new SourceFile("p.cs", source) }, new CompileOptions());
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            var js = r.Js!;
            return js.Substring(js.IndexOf("static Main()", System.StringComparison.Ordinal));
        }

        [Test]
        public void NeverNullStringsJoinAConcatenationAsThemselves()
        {
            var js = Js(@"int n = DateTime.UtcNow.Year;
string lit = ""lit"";
string cat = lit + n;
cat += ""!"";
string cond = n > 2 ? ""big"" : ""small"";
Console.WriteLine(""a"" + lit + ""|"" + cat + ""|"" + cond + ""|"" + (n > 1 ? "" "" + lit : """") + ""|"" + n.ToString() + ""|"" + lit.Substring(1) + ""|"" + Helper.Fixed() + ""|"" + lit.Replace(""l"", ""L""));",
                "public static class Helper { public static string Fixed() => \"f\" + 1; }");
            Assert.That(js, Does.Contain(@"""a"" + lit + ""|"" + cat + ""|"" + cond + ""|"" + (n > 1 ? "" "" + lit : """") + ""|"" + String(n) + ""|"" + $sub(lit, 1) + ""|"" + Helper.Fixed() + ""|"""));
            Assert.That(js, Does.Contain(@".split(""l"").join(""L"")"), "a template's null fallback after a literal is dropped");
            Assert.That(js, Does.Contain(@"cat += ""!"""));
        }

        [Test]
        public void StringsThatMayBeNullKeepTheirFallback()
        {
            var js = Js(@"string a = ""a"";
Action clear = () => a = null!;
string b = ""b"";
b = P(b);
object o = new object();
Console.WriteLine(""x"" + a + b + P(""p"") + o.ToString());
string? f = null;
f += ""y"";
Console.WriteLine(f);");
            Assert.That(js, Does.Contain(@"""x"" + (a ?? """") + (b ?? """")"));
            Assert.That(js, Does.Contain(@"f = (f ?? """") + ""y"""), "a null string on the left of += is empty");
        }

        [Test]
        public void TryGetValueIntoALocalNeedsNoOutBox()
        {
            var js = Js(@"var d = new Dictionary<string, int> { [""k""] = 1 };
string key = P(""k"");
if (d.TryGetValue(key, out var v)) Console.WriteLine(v);
Console.WriteLine(d.TryGetValue(""q"", out _));
var m = new Dictionary<int, string>();
Console.WriteLine(m.TryGetValue(3, out var s) ? s : ""none"");");
            Assert.That(js, Does.Contain("v = d.get(key) ?? 0, d.has(key)"));
            Assert.That(js, Does.Contain(@"d.has(""q"")"));
            Assert.That(js, Does.Contain("s = m.get(3) ?? null, m.has(3)"));
            Assert.That(js, Does.Not.Contain("$tryGet"));
            Assert.That(js, Does.Not.Contain("{ v: "));
        }

        [Test]
        public void AClassWithoutABaseWhoseConstructorDoesNothingHasNone()
        {
            var js = Js("Console.WriteLine(new Empty().X() + new Unused(1).X() + new Kept().N + new Sub().X());",
                "public class Empty { public int X() => 1; } public class Unused { public Unused(int a) { } public int X() => 2; } public class Kept { public int N = 3; } public class Sub : Empty { }");
            var source = Compiler.Compile(new[] { new SourceFile("p.cs", "using System;\npublic class Empty { public int X() => 1; }\npublic class Unused { public Unused(int a) { } public int X() => 2; }\npublic class Kept { public int N = 3; }\npublic class Sub : Empty { }\npublic static class Program { public static void Main() { Console.WriteLine(new Empty().X() + new Unused(1).X() + new Kept().N + new Sub().X()); } }\n") }, new CompileOptions()).Js!;
            Assert.That(source, Does.Contain("class Empty {\n    X() {"));
            Assert.That(source, Does.Contain("class Unused {\n    X() {"));
            Assert.That(source, Does.Contain("constructor() {\n      this.N = 3;"), "a constructor that does work stays");
            Assert.That(js, Does.Contain("new Unused(1)"), "the arguments are still passed (and evaluated)");
        }

        [Test]
        public void ToArrayOfALocalListNothingElseSeesIsTheListItself()
        {
            var js = Js(@"var l = new List<int>(); l.Add(1); Console.WriteLine(P(""x"")); var a = l.ToArray();
var kept = new List<int> { 2 }; var b = kept.ToArray(); Console.WriteLine(kept.Count);
Console.WriteLine(a.Length + b.Length);");
            Assert.That(js, Does.Contain("let a = l;"));
            Assert.That(js, Does.Contain("let b = kept.slice();"), "a list used after the call is copied");
        }

        [Test]
        public void ALengthMinusAConstantNeedsNoWrap()
        {
            var js = Js(@"string s = P(""abc""); int n = s.Length; Console.WriteLine(s.Length - 1); Console.WriteLine(n - 1); Console.WriteLine(s.Length + 1);");
            Assert.That(js, Does.Contain("$cw(String(s.length - 1), 1)"));
            Assert.That(js, Does.Contain("$cw(String(n - 1 | 0), 1)"), "any other int subtraction wraps");
            Assert.That(js, Does.Contain("$cw(String(s.length + 1 | 0), 1)"));
        }

        [Test]
        public void AParameterEveryCallFillsWithANeverNullStringIsOne()
        {
            var js = Js(@"Console.WriteLine(Helper.Lit(""a"") + Helper.Lit(""b"" + 1) + Helper.Mixed(""c"") + Helper.Mixed(null!));",
                "public static class Helper { public static string Lit(string s) => \"<\" + s; public static string Mixed(string s) => \">\" + s; }");
            var all = Compiler.Compile(new[] { new SourceFile("p.cs", "using System;\npublic static class Helper { public static string Lit(string s) => \"<\" + s; public static string Mixed(string s) => \">\" + s; }\npublic static class Program { public static void Main() { Console.WriteLine(Helper.Lit(\"a\") + Helper.Lit(\"b\" + 1) + Helper.Mixed(\"c\") + Helper.Mixed(null!)); } }\n") }, new CompileOptions()).Js!;
            Assert.That(all, Does.Contain("return \"<\" + s;"));
            Assert.That(all, Does.Contain("return \">\" + (s ?? \"\");"), "one call passes null");
            Assert.That(js, Does.Contain("Helper.Lit(\"a\") + Helper.Lit(\"b1\")"), "a method whose returns are never null needs no fallback either");
        }
    }
}
