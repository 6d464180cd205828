using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>MV3 forbids unsafe-eval: no emitted bundle or runtime helper may evaluate strings.</summary>
    [TestFixture, NonParallelizable, Category("Csp")]
    public sealed class CspTests
    {
        private static readonly (string Name, Regex Pattern)[] Forbidden =
        {
            ("eval(", new Regex(@"(?<![\w$.])eval\s*\(")),
            ("new Function", new Regex(@"\bnew\s+Function\b")),
            ("Function(", new Regex(@"(?<![\w$])Function\s*\(")),
            ("string passed to setTimeout/setInterval", new Regex(@"\bset(Timeout|Interval)\s*\(\s*[""'`]")),
            ("import() of a computed string", new Regex(@"(?<![\w$.])import\s*\(")),
        };

        public static IEnumerable<string> Violations(string js) =>
            Forbidden.Where(f => f.Pattern.IsMatch(js)).Select(f => f.Name + " at: " + Excerpt(js, f.Pattern.Match(js).Index));

        private static string Excerpt(string js, int index)
        {
            int start = System.Math.Max(0, index - 40);
            return js.Substring(start, System.Math.Min(js.Length - start, 100)).Replace("\n", "⏎");
        }

        public static IEnumerable<TestCaseData> Samples() =>
            Sample.All.Select(s => new TestCaseData(s).SetName("Csp " + s.RelativePath));

        [TestCaseSource(nameof(Samples))]
        public void BundleHasNoStringEvaluation(Sample sample)
        {
            var r = JsCompilation.Compile(sample);
            if (!r.Success || r.Js == null)
            {
                // No bundle: a pinned refusal (checked by the differential test) passes here, anything else fails.
                if (sample.KnownDivergence != null) Assert.Pass("refused; the refusal is pinned by the differential test");
                Assert.Fail("not compiled:\n" + JsCompilation.Describe(r));
            }
            var v = Violations(r.Js!).ToList();
            Assert.That(v, Is.Empty, string.Join("\n", v));
        }

        [Test]
        public void RuntimeHelpersHaveNoStringEvaluation()
        {
            var dir = Path.GetFullPath(Path.Combine(Paths.ProjectDir, "..", "..", "src", "Compiler", "Runtime"));
            var files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.js") : new string[0];
            var bad = files.SelectMany(f => Violations(File.ReadAllText(f)).Select(v => Path.GetFileName(f) + ": " + v)).ToList();
            Assert.That(bad, Is.Empty, string.Join("\n", bad));
        }

        [Test]
        public void ScannerCatchesForbiddenConstructs()
        {
            Assert.That(Violations("x = eval('1')"), Is.Not.Empty);
            Assert.That(Violations("new Function('a', 'return a')"), Is.Not.Empty);
            Assert.That(Violations("const f = Function('return 1')"), Is.Not.Empty);
            Assert.That(Violations("setTimeout(\"go()\", 10)"), Is.Not.Empty);
            Assert.That(Violations("setTimeout(() => go(), 10); $isFunction(x); obj.evaluate(1)"), Is.Empty);
        }
    }
}
