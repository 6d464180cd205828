using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Snapshots of the generated JS for representative programs, so codegen changes are
    /// reviewed deliberately. UPDATE_GOLDEN=1 rewrites the .js.golden files (and passes).</summary>
    [TestFixture, NonParallelizable, Category("Golden")]
    public sealed class GoldenTests
    {
        private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

        /// <summary>The snapshot list names samples of the differential corpus (no copies of them here).</summary>
        public static IEnumerable<TestCaseData> Cases() =>
            File.ReadAllLines(Path.Combine(Paths.GoldenDir, "samples.txt"))
                .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new TestCaseData(f).SetName("Golden " + Path.GetFileName(f)));

        [TestCaseSource(nameof(Cases))]
        public void MatchesSnapshot(string samplePath)
        {
            var csPath = Path.Combine(Paths.SamplesDir, samplePath);
            var fileName = Path.GetFileName(samplePath);
            var goldenPath = Path.Combine(Paths.GoldenDir, Path.ChangeExtension(fileName, ".js.golden"));
            var r = JsCompilation.Compile(fileName, File.ReadAllText(csPath), Path.ChangeExtension(fileName, ".js"));
            Assert.That(r.Success && r.Js != null, Is.True, "cs2js refused or crashed:\n" + JsCompilation.Describe(r));
            var actual = r.Js!.Replace("\r\n", "\n");
            if (Updating)
            {
                File.WriteAllText(goldenPath, actual);
                Assert.Pass("golden rewritten: " + goldenPath);
            }
            Assert.That(File.Exists(goldenPath), Is.True, "missing " + goldenPath + " (run with UPDATE_GOLDEN=1 once the output is reviewed)");
            var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
            if (expected != actual)
                Assert.Fail("generated JS differs from " + Path.GetFileName(goldenPath) + " (UPDATE_GOLDEN=1 to accept):\n" +
                            OutputText.Diff(expected, actual, 200, "golden", "generated"));
        }
    }
}
