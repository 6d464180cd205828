using System.Linq;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>What Lower writes shorter by design (issue 12); the differential samples
    /// (chars/constant_chars_as_strings, classes/initializer_locals) prove the behaviour stays .NET's.</summary>
    [TestFixture, Category("Codegen")]
    public sealed class CodegenSizeTests
    {
        static string Js(string main, string extra = "")
        {
            var source = "using System;\nusing System.Text;\n" + extra + "\npublic static class Program\n{\n    static int Work(int n) { Console.WriteLine(n); return n; }\n    public static void Main()\n    {\n" + main + "\n    }\n}\n";
            var r = Compiler.Compile(new[] { new SourceFile("p.cs", source) }, new CompileOptions());
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            var js = r.Js!;
            return js.Substring(js.IndexOf("static Main()", System.StringComparison.Ordinal));
        }

        [Test]
        public void CharConstantsUsedAsStringsAreStringLiterals()
        {
            var js = Js(@"var sb = new StringBuilder(); sb.Append(' ').Append('""').Append('\\').Append('\u2028').Append('\ud800');
var s = sb.ToString(); Console.WriteLine(s.IndexOf('\n') + s.Replace('x', '\'') + ""a"" + '\t' + ""b"" + s.PadLeft(3, '0'));");
            Assert.That(js, Does.Not.Contain("fromCharCode"));
            Assert.That(js, Does.Contain(@".Append("" "").Append(""\"""").Append(""\\"").Append(""\u2028"").Append(""\ud800"")"));
            Assert.That(js, Does.Contain(@"indexOf(""\n"")"));
            Assert.That(js, Does.Contain(@".split(""x"").join(""'"")"));
            Assert.That(js, Does.Contain(@"""a\tb"""), "adjacent literals of a concatenation are one");
            Assert.That(js, Does.Contain(@"padStart(3, ""0"")"));
        }

        [Test]
        public void NumbersAfterTheFirstPartOfAConcatenationNeedNoString()
        {
            var js = Js(@"int n = DateTime.UtcNow.Year; long l = n; Console.WriteLine(n + "" n="" + n + "","" + (n + 1) + "" "" + l); Console.WriteLine($""{n}:{n}"");");
            Assert.That(js, Does.Contain(@"String(n) + "" n="" + n + "","" + (n + 1 | 0) + "" "" + l"));
            Assert.That(js, Does.Contain(@"String(n) + "":"" + n"));
        }

        [Test]
        public void ACharThatIsNotAConstantStaysAConversion()
        {
            var js = Js(@"var c = (char)(DateTime.UtcNow.Year % 26 + 65); Console.WriteLine(""x"" + c);");
            Assert.That(js, Does.Contain("String.fromCharCode(c)"));
        }

        [Test]
        public void ADiscardAssignmentIsItsValueAlone()
        {
            var js = Js(@"_ = Work(2); Action a = () => { _ = Work(3); }; a();", "static class Helper { }");
            Assert.That(js, Does.Contain("Program.Work(2);\n"));
            Assert.That(js, Does.Contain("Program.Work(3);\n"));
            Assert.That(js, Does.Not.Contain("$1"), "no temporary holds the dropped value");
        }

        const string Box = "public class Box { public int A; public Func<int, int> F = x => x; public Box? Next; }";

        [Test]
        public void ADeclaredLocalIsItsOwnInitializersTarget()
        {
            var js = Js(@"var b = new Box { A = 1, Next = new Box { A = 2 } }; Console.WriteLine(b.A + b.Next!.A);", Box);
            Assert.That(js, Does.Contain("let b = new Box();\n"));
            Assert.That(js, Does.Contain("b.A = 1;\n"));
            Assert.That(js, Does.Contain("b.Next = ($"), "an initialiser inside an expression keeps its temporary");
        }

        [Test]
        public void ALambdaThatShadowsTheLocalKeepsTheTemporary()
        {
            var js = Js(@"var f = new Box { F = f => f + 1 }; Console.WriteLine(f.F(1));", Box);
            Assert.That(js, Does.Contain("let f = ($"));
        }
    }
}
