using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public enum MetricType { Counter, Gauge, Histogram }

public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

public sealed class Registry
{
    private readonly Dictionary<string, (MetricType Type, string Help)> _families = new();
    private readonly Dictionary<(string Name, string LabelKey), double> _values = new();

    public void Declare(string name, MetricType type, string help)
    {
        if (!_families.TryAdd(name, (type, help))) throw new ArgumentException($"duplicate metric {name}", nameof(name));
    }

    private static string Key(IReadOnlyDictionary<string, string> labels) =>
        string.Join(",", labels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}=\"{Escape(kv.Value)}\""));

    private static string Escape(string v) => v.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    public void Add(string name, double delta, params (string K, string V)[] labels)
    {
        if (!_families.TryGetValue(name, out var fam)) throw new KeyNotFoundException(name);
        if (fam.Type == MetricType.Counter && delta < 0) throw new InvalidOperationException($"counter {name} cannot decrease");
        var key = (name, Key(labels.ToDictionary(l => l.K, l => l.V)));
        _values[key] = _values.GetValueOrDefault(key) + delta;
    }

    public void Set(string name, double value, params (string K, string V)[] labels)
    {
        var key = (name, Key(labels.ToDictionary(l => l.K, l => l.V)));
        _values[key] = value;
    }

    public string Expose()
    {
        var sb = new StringBuilder();
        foreach (var (name, fam) in _families.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sb.Append("# HELP ").Append(name).Append(' ').Append(fam.Help).Append('\n');
            sb.Append("# TYPE ").Append(name).Append(' ').Append(fam.Type.ToString().ToLowerInvariant()).Append('\n');
            foreach (var ((n, labels), v) in _values.Where(kv => kv.Key.Name == name).OrderBy(kv => kv.Key.LabelKey, StringComparer.Ordinal))
                sb.Append(n).Append(labels.Length > 0 ? "{" + labels + "}" : "").Append(' ').Append(Format(v)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Format(double v) =>
        double.IsPositiveInfinity(v) ? "+Inf" : double.IsNegativeInfinity(v) ? "-Inf" : double.IsNaN(v) ? "NaN" : v.ToString("R", CultureInfo.InvariantCulture);

    public static IEnumerable<Sample> Parse(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var brace = line.IndexOf('{');
            var space = line.LastIndexOf(' ');
            var name = brace >= 0 ? line[..brace] : line[..space];
            var labels = new Dictionary<string, string>();
            if (brace >= 0)
            {
                var body = line[(brace + 1)..line.LastIndexOf('}')];
                foreach (var pair in body.Split("\","))
                {
                    var eq = pair.IndexOf('=');
                    labels[pair[..eq]] = pair[(eq + 2)..].TrimEnd('"').Replace("\\\"", "\"").Replace("\\\\", "\\");
                }
            }
            var value = line[(space + 1)..] switch { "+Inf" => double.PositiveInfinity, "NaN" => double.NaN, var s => double.Parse(s, CultureInfo.InvariantCulture) };
            yield return new Sample(name, labels, value);
        }
    }
}

public static class Program
{
    public static void Main()
    {
        var r = new Registry();
        r.Declare("calls_total", MetricType.Counter, "Calls seen.");
        r.Declare("jitter_seconds", MetricType.Gauge, "Last jitter.");
        r.Add("calls_total", 1, ("platform", "teams"));
        r.Add("calls_total", 2, ("platform", "meet"));
        r.Add("calls_total", 1, ("platform", "teams"));
        r.Set("jitter_seconds", 0.0125, ("platform", "teams"), ("dir", "in"));
        r.Set("jitter_seconds", double.PositiveInfinity, ("platform", "odd \"quoted\"\\path"));
        try { r.Add("calls_total", -1, ("platform", "teams")); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { r.Declare("calls_total", MetricType.Gauge, "again"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { r.Add("missing", 1); } catch (KeyNotFoundException e) { Console.WriteLine("missing: " + e.Message); }
        var text = r.Expose();
        Console.Write(text);
        var parsed = Registry.Parse(text).ToList();
        Console.WriteLine(parsed.Count + " samples, total calls " + parsed.Where(s => s.Name == "calls_total").Sum(s => s.Value));
        foreach (var s in parsed) Console.WriteLine($"{s.Name} [{string.Join(";", s.Labels.Select(kv => kv.Key + ":" + kv.Value))}] {s.Value}");
    }
}
