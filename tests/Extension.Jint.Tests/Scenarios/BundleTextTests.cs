using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 12 (bundle size): docs/metrics.md's texts (src/Shared/MetricDocs.cs) stay out of
    /// the worker's bundle, and the HELP lines it pushes stay in.</summary>
    public sealed class BundleTextTests
    {
        [Test]
        public void TheWorkerCarriesTheHelpLinesButNotTheDocsTexts()
        {
            string js = Bundles.Background.Js ?? "";
            Assert.That(Bundles.Background.Error, Is.Empty);
            string docs = File.ReadAllText(Path.Combine(Bundles.RepoRoot, "src", "Shared", "MetricDocs.cs"));
            string[] texts = Regex.Matches(docs, "= \"((?:[^\"\\\\]|\\\\.){30,})\"").Select(m => Regex.Unescape(m.Groups[1].Value)).ToArray();
            Assert.That(texts, Has.Length.GreaterThan(20), "the docs texts were found");
            Assert.That(texts.Where(t => js.Contains(t)), Is.Empty, "docs-only texts in background.js");
            Assert.That(js, Does.Contain("Derived from WebRTC stats").And.Contain("; docs/metrics.md."), "the HELP lines");
        }

        /// <summary>The worker builds its texts (exposition, grouping paths, base64, remote write
        /// keys) by concatenation and joins, so it carries no StringBuilder runtime class (1.2 KB).</summary>
        [Test]
        public void TheWorkerCarriesNoStringBuilder()
        {
            string js = Bundles.Background.Js ?? "";
            Assert.That(Bundles.Background.Error, Is.Empty);
            Assert.That(js, Does.Not.Contain("$StringBuilder"));
        }
    }
}
