using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>Reading the Prometheus text the worker pushed.</summary>
    public static class Expo
    {
        public static IEnumerable<string> Samples(string body) => body.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("#"));

        /// <summary>Values of the series of <paramref name="metric"/> whose label set contains every fragment.</summary>
        public static List<double> Values(string body, string metric, params string[] labelFragments)
        {
            var list = new List<double>();
            foreach (string l in Samples(body))
            {
                if (!(l.StartsWith(metric + "{") || l.StartsWith(metric + " "))) continue;
                int sp = l.LastIndexOf(' ');
                string labels = l.Substring(0, sp);
                if (!labelFragments.All(f => labels.Contains(f))) continue;
                string v = l.Substring(sp + 1);
                list.Add(v == "NaN" ? double.NaN : v == "+Inf" ? double.PositiveInfinity : v == "-Inf" ? double.NegativeInfinity : double.Parse(v, CultureInfo.InvariantCulture));
            }
            return list;
        }

        public static double Value(string body, string metric, params string[] labelFragments)
        {
            var v = Values(body, metric, labelFragments);
            Assert.That(v, Has.Count.EqualTo(1), $"exactly one series {metric} with {string.Join(",", labelFragments)} in:\n{body}");
            return v[0];
        }

        public const string PromtoolPath = "/usr/bin/promtool";

        /// <summary>`promtool check metrics` on the text: returns its complaints ("" when clean).</summary>
        public static string Promtool(string body)
        {
            string tool = File.Exists(PromtoolPath) ? PromtoolPath : FindOnPath("promtool");
            if (tool.Length == 0) Assert.Fail("promtool is missing: apt-get install prometheus (it provides /usr/bin/promtool)");
            var psi = new ProcessStartInfo(tool, "check metrics") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            p.StandardInput.Write(body);
            p.StandardInput.Close();
            string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit(30000);
            return (p.ExitCode == 0 ? "" : $"exit {p.ExitCode}: ") + output.Trim();
        }

        private static string FindOnPath(string exe)
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            {
                string p = Path.Combine(dir, exe);
                if (File.Exists(p)) return p;
            }
            return "";
        }
    }
}
