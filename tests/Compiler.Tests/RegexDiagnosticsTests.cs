using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Constant regular expressions whose .NET meaning JavaScript cannot reproduce are refused (CSX1001) at
    /// the call or constructor, with the reason; the marker <c>/*@*/</c> stands right before the reported token.
    /// (A pattern known only at run time is translated there: Samples/regex/runtime_refusals.cs.)</summary>
    [TestFixture, NonParallelizable, Category("Diagnostics")]
    public sealed class RegexDiagnosticsTests
    {
        static string Program(string main) =>
            "using System;\nusing System.Text.RegularExpressions;\npublic static class Program\n{\n    public static void Main(string[] args)\n    {\n        " + main + "\n    }\n}\n";

        public static IEnumerable<TestCaseData> Cases()
        {
            TestCaseData C(string name, string main, string reason) => new TestCaseData(Program(main), reason).SetName("regex refusal: " + name);
            yield return C("atomic group", "Console.WriteLine(new /*@*/Regex(@\"(?>a+)b\").IsMatch(\"ab\"));", "atomic groups");
            yield return C("balancing group", "Console.WriteLine(/*@*/Regex.IsMatch(\"(a)\", @\"^(?<o>\\()a(?<c-o>\\))$\"));", "balancing groups");
            yield return C("scoped inline option", "Console.WriteLine(/*@*/Regex.IsMatch(\"aB\", \"a(?i:b)\"));", "inline options");
            yield return C("conditional", "Console.WriteLine(/*@*/Regex.IsMatch(\"ab\", @\"(a)?(?(1)b|c)\"));", "conditional groups");
            yield return C("\\G after the start", "Console.WriteLine(/*@*/Regex.Matches(\"aab\", @\"a\\G\").Count);", "\\G other than at the start");
            yield return C("\\G in one alternative", "Console.WriteLine(/*@*/Regex.Matches(\"aab\", @\"\\Ga|b\").Count);", "\\G in only some alternatives");
            yield return C("RightToLeft", "Console.WriteLine(new /*@*/Regex(\"a\", RegexOptions.RightToLeft).IsMatch(\"a\"));", "RightToLeft");
            yield return C("class subtraction", "Console.WriteLine(/*@*/Regex.IsMatch(\"b\", \"[a-z-[aeiou]]\"));", "subtraction");
            yield return C("backreference to an optional group", "Console.WriteLine(/*@*/Regex.IsMatch(\"b\", @\"(a)?\\1b\"));", "may not have matched");
            yield return C("optional group in a repeated group", "Console.WriteLine(/*@*/Regex.Match(\"ab\", @\"(?:(a)|b)+\").Groups[1].Value);", "repeated group");
            yield return C("Unicode block", "Console.WriteLine(/*@*/Regex.IsMatch(\"α\", @\"\\p{IsGreek}\"));", "IsGreek");
            yield return C("repeated group that can match empty", "Console.WriteLine(/*@*/Regex.Match(\"aab\", \"(a*?)*\").Value);", "can match the empty string");
            yield return C("backreference with IgnoreCase", "Console.WriteLine(/*@*/Regex.IsMatch(\"aA\", @\"(a)\\1\", RegexOptions.IgnoreCase));", "backreference with IgnoreCase");
            yield return C("\\p{..} with IgnoreCase", "Console.WriteLine(/*@*/Regex.IsMatch(\"a\", @\"(?i)\\p{Lu}\"));", "with IgnoreCase");
            yield return C("invalid pattern", "Console.WriteLine(/*@*/Regex.IsMatch(\"a\", \"a)\"));", "unbalanced");
        }

        [TestCaseSource(nameof(Cases))]
        public void RefusesWithReasonAtLocation(string marked, string reason)
        {
            int at = marked.IndexOf("/*@*/", StringComparison.Ordinal);
            var text = marked.Remove(at, 5);
            var before = text.Substring(0, at);
            int line = before.Count(c => c == '\n') + 1, col = at - (before.LastIndexOf('\n') + 1) + 1;
            var r = JsCompilation.Compile("Diag.cs", text);
            Assert.That(r.Success, Is.False, "expected a refusal");
            Assert.That(r.Diagnostics.Any(d => d.Code == "CSX1001" && d.Line == line && d.Column == col && d.Message.Contains(reason, StringComparison.Ordinal)), Is.True,
                $"expected Diag.cs({line},{col}): error CSX1001 containing '{reason}'; got:\n" + JsCompilation.Describe(r));
        }
    }
}
