using System;
using System.IO;
using System.Linq;
using Cs2Js;
using System.Text.RegularExpressions;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 12 (bundle size): docs/metrics.md's texts (src/Shared/MetricDocs.cs) stay out of
    /// the worker's bundle, and the HELP lines it pushes stay in; the options page is a view of the
    /// worker and carries no settings code.</summary>
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

        /// <summary>The options page asks the worker for the form and sends it back as text: its bundle
        /// holds none of the settings table, store, policy, loader or help texts (the worker's does).</summary>
        [Test]
        public void TheOptionsPageCarriesNoSettingsCode()
        {
            var files = new[] { "Shared", "Options" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Bundles.RepoRoot, "src", folder), "*.cs", SearchOption.AllDirectories))
                .Where(p => !p.Contains("/obj/") && !p.Contains("/bin/")).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new SourceFile(Path.GetRelativePath(Bundles.RepoRoot, p), File.ReadAllText(p))).ToList();
            CompileResult r = Cs2Js.Compiler.Compile(files, new CompileOptions
            {
                EntryPoint = "WebRtcStatsExporter.Options.Program.Main", Kind = TargetKind.Page, OutputFileName = "options.js", SourceMap = false, Report = true,
            });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            string[] types = r.Parts.Where(p => p.Kind == "type").Select(p => p.Name).ToArray();
            Assert.That(types, Does.Contain("FormView"), "the report names the page's types");
            string[] settingsCode = { "SettingsTable", "SettingDef", "SettingsStore", "SettingsPolicy", "SettingsSource", "ChromeSettingsStorage", "LoadedSettings", "SettingsHelp", "SettingText", "SettingsFields" };
            Assert.That(types.Intersect(settingsCode), Is.Empty, "settings code in options.js");
            string help = File.ReadAllText(Path.Combine(Bundles.RepoRoot, "src", "Shared", "Settings", "SettingsHelp.cs"));
            string[] texts = Regex.Matches(help, "(?<=(?:\\(|, ))\"((?:[^\"\\\\]|\\\\.){40,})\"").Select(m => Regex.Unescape(m.Groups[1].Value)).ToArray();
            Assert.That(texts, Has.Length.GreaterThan(15), "the help texts were found");
            Assert.That(texts.Where(t => r.Js!.Contains(t)), Is.Empty, "help texts in options.js");
            Assert.That(texts.Where(t => !(Bundles.Background.Js ?? "").Contains(t)), Is.Empty, "the worker describes the form");
        }
    }
}
