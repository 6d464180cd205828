using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>deploy/prometheus: the shipped rule files pass `promtool check rules`, their unit tests
    /// (files with "test" in the name) pass `promtool test rules`, every alert has a test, and the rules
    /// and tests speak only of metrics and labels the catalogue exports.</summary>
    public class DeployRulesTests
    {
        static string Dir => Path.Combine(Repo.Root(), "deploy", "prometheus");

        static IEnumerable<string> Files() => Directory.EnumerateFiles(Dir).OrderBy(f => f, StringComparer.Ordinal);
        static IEnumerable<string> RuleFiles() => Files().Where(f => f.EndsWith(".yml") && !Path.GetFileName(f).Contains("test"));
        static IEnumerable<string> TestFiles() => Files().Where(f => f.EndsWith(".yml") && Path.GetFileName(f).Contains("test"));

        static (int Code, string Output) Promtool(params string[] args)
        {
            if (!File.Exists(Tests.Promtool.PathToTool))
                throw new InvalidOperationException("promtool not found at /usr/bin/promtool: run `apt-get install prometheus`.");
            var psi = new ProcessStartInfo(Tests.Promtool.PathToTool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Dir };
            foreach (string a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000)) { p.Kill(); return (-1, "promtool did not finish within 120 s"); }
            return (p.ExitCode, stdout.Result + stderr.Result);
        }

        static List<string> Alerts(string file) =>
            Regex.Matches(File.ReadAllText(file), @"^\s*-\s*alert:\s*(\S+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        [Test]
        public void Rule_files_are_yml_and_there_are_rules_and_tests()
        {
            Assert.That(Files().Where(f => f.EndsWith(".yaml")), Is.Empty, "rule files end in .yml");
            Assert.That(RuleFiles(), Is.Not.Empty);
            Assert.That(TestFiles(), Is.Not.Empty);
        }

        [Test]
        public void Promtool_check_rules_is_clean()
        {
            foreach (string f in RuleFiles())
            {
                var (code, output) = Promtool("check", "rules", Path.GetFileName(f));
                Assert.That(code, Is.EqualTo(0), output);
                Assert.That(output, Does.Contain("SUCCESS").And.Not.Contain("WARNING"), output);
            }
        }

        [Test]
        public void Promtool_test_rules_passes()
        {
            foreach (string f in TestFiles())
            {
                var (code, output) = Promtool("test", "rules", Path.GetFileName(f));
                Assert.That(code, Is.EqualTo(0), Path.GetFileName(f) + ":\n" + output);
            }
        }

        [Test]
        public void Every_alert_has_a_firing_test_and_a_quiet_one()
        {
            string tests = string.Join("\n", TestFiles().Select(File.ReadAllText));
            var alerts = RuleFiles().SelectMany(Alerts).ToList();
            Assert.That(alerts, Is.Not.Empty);
            foreach (string alert in alerts)
            {
                var cases = Regex.Matches(tests, @"alertname:\s*" + Regex.Escape(alert) + @"\s*\n\s*exp_alerts:\s*(\[\])?").ToList();
                Assert.That(cases.Any(c => !c.Groups[1].Success), Is.True, alert + ": no test expects it to fire");
                Assert.That(cases.Any(c => c.Groups[1].Success), Is.True, alert + ": no test expects it to stay quiet");
            }
        }

        /// <summary>Labels the Pushgateway adds to every series of a group (scraped with honor_labels).</summary>
        static readonly string[] GroupingLabels = { "job", "instance", "tab" };

        [Test]
        public void Rules_and_tests_use_only_exported_metrics_and_their_labels()
        {
            var families = new HashSet<string>(MetricCatalog.FamilyNames());
            var problems = new List<string>();
            foreach (string f in RuleFiles().Concat(TestFiles()))
            {
                string text = File.ReadAllText(f);
                foreach (Match m in Regex.Matches(text, @"\bwebrtc_[a-z0-9_]+"))
                {
                    string name = m.Value;
                    if (name.EndsWith("_")) continue; // a glob in prose (webrtc_*_poor_stream)
                    if (!families.Contains(name)) problems.Add($"{Path.GetFileName(f)}: {name} is not an exported metric");
                }
            }
            foreach (string f in TestFiles())
            {
                foreach (Match m in Regex.Matches(File.ReadAllText(f), @"series:\s*'(webrtc_[a-z0-9_]+)\{([^}]*)\}'"))
                {
                    string name = m.Groups[1].Value;
                    if (!families.Contains(name)) continue;
                    var labels = Regex.Matches(m.Groups[2].Value, @"(\w+)=").Select(x => x.Groups[1].Value).ToList();
                    var expected = MetricCatalog.FamilyLabels(name).Concat(GroupingLabels).ToHashSet();
                    foreach (string l in labels) if (!expected.Contains(l)) problems.Add($"{Path.GetFileName(f)}: {name} has no label {l}");
                    foreach (string l in MetricCatalog.FamilyLabels(name)) if (!labels.Contains(l)) problems.Add($"{Path.GetFileName(f)}: {name} lacks its label {l}");
                }
            }
            Assert.That(problems.Distinct(), Is.Empty);
        }
    }
}
