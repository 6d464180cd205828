using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

// Parses Prometheus text exposition lines: HELP/TYPE comments, samples with escaped label values,
// special float values and optional timestamps.
public static class Program
{
    static readonly Regex Comment = new Regex(@"^#\s+(HELP|TYPE)\s+([a-zA-Z_:][a-zA-Z0-9_:]*)\s+(.*)$");
    static readonly Regex Sample = new Regex(
        @"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})?\s+(?<value>[-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))(?:\s+(?<ts>-?\d+))?\s*$");
    static readonly Regex Label = new Regex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*""(?<val>(?:[^""\\]|\\.)*)""\s*(?:,|$)");
    static readonly Regex Unescape = new Regex(@"\\(.)");

    public static void Main()
    {
        var text = string.Join("\n", new[]
        {
            "# HELP webrtc_bytes_received_total Bytes received.",
            "# TYPE webrtc_bytes_received_total counter",
            "webrtc_bytes_received_total{peer=\"pc-1\",kind=\"audio\"} 123456 1700000000000",
            "webrtc_bytes_received_total{peer=\"pc-2\",kind=\"video\",note=\"say \\\"hi\\\"\\nnext\"} 9.5e6",
            "webrtc_jitter_seconds{peer=\"pc-1\"} +Inf",
            "webrtc_rtt_seconds 0.042",
            "webrtc_loss_ratio{peer=\"pc-3\",} NaN",
            "bad line {",
            "",
            "# a free comment",
            "up{job=\"x\"} -1",
        });
        var series = new List<(string Name, Dictionary<string, string> Labels, double Value)>();
        foreach (var line in Regex.Split(text, @"\r?\n"))
        {
            if (line.Trim().Length == 0) continue;
            var c = Comment.Match(line);
            if (c.Success) { Console.WriteLine($"{c.Groups[1].Value.ToLowerInvariant()} {c.Groups[2].Value}: {c.Groups[3].Value}"); continue; }
            if (line.StartsWith("#")) { Console.WriteLine("comment ignored"); continue; }
            var m = Sample.Match(line);
            if (!m.Success) { Console.WriteLine("unparsable: " + line); continue; }
            var labels = new Dictionary<string, string>();
            foreach (Match l in Label.Matches(m.Groups["labels"].Value))
                labels[l.Groups["key"].Value] = Unescape.Replace(l.Groups["val"].Value, e => e.Groups[1].Value == "n" ? "\n" : e.Groups[1].Value);
            var raw = m.Groups["value"].Value;
            double value = raw.EndsWith("Inf") ? (raw.StartsWith("-") ? double.NegativeInfinity : double.PositiveInfinity)
                : raw == "NaN" ? double.NaN : double.Parse(raw, CultureInfo.InvariantCulture);
            var ts = m.Groups["ts"].Success ? " @" + m.Groups["ts"].Value : "";
            series.Add((m.Groups["name"].Value, labels, value));
            Console.WriteLine($"{m.Groups["name"].Value} [{string.Join("; ", labels.Select(kv => kv.Key + "=" + kv.Value.Replace("\n", "\\n")))}] = {value}{ts}");
        }
        foreach (var g in series.GroupBy(s => Regex.Replace(s.Name, @"_(total|seconds|ratio)$", "")))
            Console.WriteLine($"{g.Key}: {g.Count()} series, finite sum {g.Where(s => double.IsFinite(s.Value)).Sum(s => s.Value)}");
    }
}
