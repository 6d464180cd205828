using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Acornima;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Every sample under Samples/ runs on .NET (the oracle), is compiled by cs2js, parsed as
    /// ES2020, run under Jint and under node; all outputs must equal the .NET output.</summary>
    [TestFixture, NonParallelizable]
    public sealed class DifferentialTests
    {
        public static IEnumerable<TestCaseData> Samples() =>
            Sample.All.Select(s => new TestCaseData(s).SetName(s.RelativePath));

        /// <summary>.NET side only: the sample compiles and runs. Guards the corpus itself.</summary>
        [TestCaseSource(nameof(Samples)), Category("Oracle")]
        public void DotNet(Sample sample)
        {
            var net = DotNetRunner.Run(sample);
            Assert.That(net.Compiled, Is.True, "sample does not compile on .NET:\n" + net.CompileErrors);
            TestContext.Out.WriteLine(net.Output);
            if (net.Disturbed != null) TestContext.Out.WriteLine("note: " + net.Disturbed);
            Assert.That(OutputText.Normalize(net.Output), Is.Not.Empty, "sample printed nothing");
            Assert.That(net.Output, Does.Not.Contain("Timeout: async Main"), "async Main did not finish");
        }

        public static IEnumerable<TestCaseData> ReleaseSamples() =>
            Sample.All.Select(s => new TestCaseData(s).SetName("release " + s.RelativePath));

        [TestCaseSource(nameof(Samples)), Category("Differential")]
        public void Run(Sample sample) => Differential(sample, release: false);

        /// <summary>The same program printed for release (minified): it must behave identically.</summary>
        [TestCaseSource(nameof(ReleaseSamples)), Category("Differential")]
        public void RunRelease(Sample sample) => Differential(sample, release: true);

        static void Differential(Sample sample, bool release)
        {
            var net = DotNetRunner.Run(sample);
            Assert.That(net.Compiled, Is.True, "sample does not compile on .NET:\n" + net.CompileErrors);
            var expected = OutputText.Normalize(net.Output);

            var result = JsCompilation.Compile(sample, release);
            // A hang or a crash is never a known divergence: the compiler must refuse, not loop or throw.
            var broken = result.Diagnostics.FirstOrDefault(d => d.Code is "CS2JS-HANG" or "CS2JS-CRASH");
            Assert.That(broken, Is.Null, () => "cs2js " + (broken!.Code == "CS2JS-HANG" ? "hung" : "crashed") + ":\n" + JsCompilation.Describe(result));
            if ((!result.Success || result.Js == null) && sample.KnownDivergence != null)
            {
                // A refusal is pinned as its diagnostics: a new or moved refusal fails.
                CheckPinned(sample, "refused:\n" + JsCompilation.Describe(result), expected);
                return;
            }
            Assert.That(result.Success && result.Js != null, Is.True, "cs2js refused or crashed:\n" + JsCompilation.Describe(result));
            var js = result.Js!;

            try
            {
                new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES2020 }).ParseScript(js, sample.JsFileName);
            }
            catch (ParseErrorException e)
            {
                Assert.Fail("output is not valid ES2020: " + e.Message + "\n\n" + OutputText.WithLineNumbers(js));
            }

            var problems = new StringBuilder();
            var jint = OutputText.Normalize(JintRunner.RunCached(js).Output);
            if (jint != expected)
                problems.Append("== Jint output differs from .NET ==\n").Append(OutputText.Diff(expected, jint)).Append('\n');

            if (sample.SkipNode == null && NodeRunner.NodePath != null)
            {
                var batch = release ? NodeRunner.AllSamplesRelease : NodeRunner.AllSamples;
                if (batch.Error != null) problems.Append("== node ==\n").Append(batch.Error).Append('\n');
                else if (!batch.Outputs.TryGetValue(sample.RelativePath, out var raw)) problems.Append("== node: no result ==\n");
                else
                {
                    var node = OutputText.Normalize(raw);
                    if (node != expected)
                        problems.Append("== node output differs from .NET ==\n").Append(OutputText.Diff(expected, node)).Append('\n');
                    if (node != jint)
                        problems.Append("== engine difference: Jint and node disagree ==\n").Append(OutputText.Diff(jint, node, 80, "Jint", "node")).Append('\n');
                }
            }

            var leaked = JintRunner.RunCached(js).LeakedGlobals;
            if (leaked.Count > 0)
                problems.Append("== the bundle wrote globals (it must be a self-contained IIFE): ").Append(string.Join(", ", leaked)).Append('\n');

            if (sample.KnownDivergence != null)
            {
                // Jint is the pinned engine; node must still agree with it (an engine difference fails).
                Assert.That(problems.ToString(), Does.Not.Contain("== engine difference").And.Not.Contain("globals").And.Not.Contain("== node ==").And.Not.Contain("== node: no result"), problems.ToString());
                CheckPinned(sample, jint, expected);
                return;
            }
            if (problems.Length == 0) return;
            if (net.Disturbed != null) problems.Append("== note: ").Append(net.Disturbed).Append(" ==\n");
            Assert.Fail(problems + "\n== JS ==\n" + OutputText.WithLineNumbers(js));
        }

        /// <summary>A <c>@known-divergence</c> sample still fails on any change: what cs2js gives today (its
        /// output, or its refusal) is pinned in <c>&lt;name&gt;.divergent.txt</c> beside the sample. When the
        /// output becomes identical to .NET's the test fails too, so the directive and the pin get removed.
        /// The actual text is written to artifacts/divergent/ for review; tracked files are never rewritten.</summary>
        static void CheckPinned(Sample sample, string actual, string expected)
        {
            actual = OutputText.Normalize(actual);
            Assert.That(actual, Is.Not.EqualTo(expected), "outputs agree now: remove @known-divergence and " + Sample.PinFileName(sample.RelativePath));
            var artifact = Path.Combine(Paths.ArtifactsDir, "divergent", Sample.PinFileName(sample.RelativePath));
            Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
            File.WriteAllText(artifact, actual + "\n");
            Assert.That(sample.Pinned, Is.Not.Null, "a @known-divergence sample needs its output pinned in " + Sample.PinFileName(sample.RelativePath)
                + " (today's text is in " + artifact + ")");
            var pinned = OutputText.Normalize(sample.Pinned!);
            if (pinned != actual)
                Assert.Fail("known divergence (" + sample.KnownDivergence + ") changed: cs2js no longer gives the pinned text\n"
                    + OutputText.Diff(pinned, actual, 80, "pinned", "now") + "\n== .NET ==\n" + expected);
        }
    }
}
