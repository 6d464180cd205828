using System.Linq;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Runtime helpers by what the program can reach: runtime classes keep only the .NET members the
    /// bundle names (Bundler.ShakeRuntimeClasses), and calls whose literal arguments need no general helper
    /// get the small form (Emitter.Specialised, int division by a literal). Each program also prints what
    /// .NET prints, in debug and release printing.</summary>
    [TestFixture]
    public sealed class PayForPlayTests
    {
        static string Check(string body, string usings = "")
        {
            var source = "using System;\nusing System.Text;\n" + usings + "public static class Program\n{\n" + body + "\n}\n";
            var dotnet = DotNetRunner.RunUncached("pay_for_play.cs", source);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            string? js = null;
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("pay_for_play.cs", source, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
                if (!release) js = r.Js!;
            }
            return js!;
        }

        static string ClassText(string js, string name)
        {
            int start = js.IndexOf("class " + name + " ", System.StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), name + " is not in the bundle");
            int end = js.IndexOf("\n  }\n", start, System.StringComparison.Ordinal);
            return js.Substring(start, end - start);
        }

        [Test]
        public void AStringBuilderUsedForAppendAndToStringCarriesOnlyThose()
        {
            var js = Check(@"
    public static string Get(int i) => ""g"" + i;
    public static string Set(string s) => s + ""!"";
    public static string Remove(string s) => ""<"" + s + "">"";
    public static void Main()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.Append(Get(i)).Append(',');
        Console.WriteLine(Remove(Set(sb.ToString())));
    }");
            var sb = ClassText(js, "$StringBuilder");
            Assert.That(sb, Does.Contain("Append("));
            foreach (var gone in new[] { "Insert(", "Cut(", "CharAt(", "SetCharAt(", "Replace(", "Clear(", "AppendLine(", "Length" })
                Assert.That(sb, Does.Not.Contain(gone), gone);
            Assert.That(js, Does.Not.Contain("$fail").And.Not.Contain("class $ArgumentOutOfRangeException"));
        }

        [Test]
        public void AStringBuilderKeepsTheMembersTheProgramUses()
        {
            var js = Check(@"
    public static void Main()
    {
        var sb = new StringBuilder(""hello"");
        sb.Insert(0, ""[""); sb.Remove(1, 1); sb[0] = '(';
        Console.WriteLine(sb.ToString() + "" "" + sb.Length + "" "" + sb[1]);
        try { sb.Remove(0, 99); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + "": "" + e.Message); }
    }");
            var sb = ClassText(js, "$StringBuilder");
            foreach (var kept in new[] { "Insert(", "Cut(", "CharAt(", "SetCharAt(", "Length" }) Assert.That(sb, Does.Contain(kept), kept);
            Assert.That(sb, Does.Not.Contain("Replace(").And.Not.Contain("Clear("));
        }

        [Test]
        public void AnExceptionKeepsToStringOnlyWhereSomethingCallsIt()
        {
            const string Main = @"
    public static void Main()
    {
        try { throw new InvalidOperationException(""bad""); }
        catch (Exception e) { Console.WriteLine(SHOW); }
    }";
            var messageOnly = ClassText(Check(Main.Replace("SHOW", "e.Message")), "$Exception");
            foreach (var gone in new[] { "ToString(", "GetBaseException(", "StackTrace" }) Assert.That(messageOnly, Does.Not.Contain(gone), gone);
            Assert.That(messageOnly, Does.Contain("get message()").And.Contain("get name()"), "JavaScript's own members stay");
            var printed = ClassText(Check(Main.Replace("SHOW", "e.ToString().Split('\\n')[0]")), "$Exception");
            Assert.That(printed, Does.Contain("ToString("));
        }

        [Test]
        public void LiteralArgumentsNeedNoGeneralHelper()
        {
            var js = Check(@"
    public static void Main()
    {
        int n = int.Parse(""-47"");
        double x = 2.71828;
        Console.WriteLine(n / 10 + "" "" + n % 10 + "" "" + Math.Round(x, 2) + "" "" + Math.Round(x) + "" "" + string.Join(""|"", ""a,,b"".Split(',')) + "" "" + ""x--y"".Split(""--"").Length);
    }");
            foreach (var helper in new[] { "$idiv", "$imod", "$roundd", "$split", "$ArgumentOutOfRangeException", "$DivideByZeroException" })
                Assert.That(js, Does.Not.Contain(helper), helper);
        }

        [Test]
        public void ComputedArgumentsKeepTheChecks()
        {
            var js = Check(@"
    public static void Main()
    {
        int n = int.Parse(""-47""), d = int.Parse(""0""), digits = int.Parse(""16"");
        try { Console.WriteLine(n / d); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(Math.Round(1.5, digits)); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + "": "" + e.Message); }
        Console.WriteLine(string.Join(""|"", "",a,,b"".Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }");
            foreach (var helper in new[] { "$idiv", "$roundd", "$split" })
                Assert.That(js, Does.Contain(helper + "("), helper);
        }
    }
}
