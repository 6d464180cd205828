using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

enum MetricType { Counter, Gauge }

sealed class Sample
{
    public string Name { get; }
    public IReadOnlyDictionary<string, string> Labels { get; }
    public double Value { get; }
    public Sample(string name, Dictionary<string, string> labels, double value) { Name = name; Labels = labels; Value = value; }
}

static class Prometheus
{
    public static string EscapeLabel(string v)
    {
        var sb = new StringBuilder(v.Length);
        foreach (var c in v)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public static string SanitizeName(string n)
    {
        var chars = n.Select((c, i) => char.IsLetterOrDigit(c) && (i > 0 || !char.IsDigit(c)) || c == '_' || c == ':' ? c : '_').ToArray();
        return new string(chars);
    }

    public static string FormatValue(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "+Inf" : double.IsNegativeInfinity(v) ? "-Inf" : v.ToString("R");

    public static string Format(string name, MetricType type, string help, IEnumerable<Sample> samples)
    {
        var sb = new StringBuilder();
        var metric = SanitizeName(name);
        sb.Append("# HELP ").Append(metric).Append(' ').Append(help.Replace("\\", "\\\\").Replace("\n", "\\n")).Append('\n');
        sb.Append("# TYPE ").Append(metric).Append(' ').Append(type == MetricType.Counter ? "counter" : "gauge").Append('\n');
        foreach (var s in samples)
        {
            sb.Append(metric);
            if (s.Labels.Count > 0)
            {
                sb.Append('{');
                sb.Append(string.Join(",", s.Labels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{SanitizeName(kv.Key)}=\"{EscapeLabel(kv.Value)}\"")));
                sb.Append('}');
            }
            sb.Append(' ').Append(FormatValue(s.Value)).Append('\n');
        }
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        var samples = new List<Sample>
        {
            new Sample("x", new Dictionary<string, string> { ["kind"] = "video", ["direction"] = "inbound" }, 123456789),
            new Sample("x", new Dictionary<string, string> { ["kind"] = "au\"dio", ["path"] = "C:\\tmp\nx" }, 0.1 + 0.2),
            new Sample("x", new Dictionary<string, string>(), double.NaN),
            new Sample("x", new Dictionary<string, string> { ["9bad-key"] = "v" }, double.PositiveInfinity),
            new Sample("x", new Dictionary<string, string> { ["k"] = "" }, -0.5),
        };
        Console.Write(Prometheus.Format("webrtc.bytes-received total", MetricType.Counter, "Bytes received\\per peer\nconnection", samples));
        Console.Write(Prometheus.Format("rtt_seconds", MetricType.Gauge, "RTT", new[] { new Sample("r", new Dictionary<string, string> { ["pc"] = "1" }, 0.042) }));
    }
}
