using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

public readonly record struct SeriesKey(string Name, string Labels);

public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value, long? TimestampMs);

public static class PromParser
{
    public static List<Sample> Parse(string text, List<string> errors)
    {
        var result = new List<Sample>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            try { result.Add(ParseLine(line)); }
            catch (FormatException e) { errors.Add($"line {lineNo}: {e.Message}"); }
        }
        return result;
    }

    static Sample ParseLine(string line)
    {
        int i = 0;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_' || line[i] == ':')) i++;
        if (i == 0) throw new FormatException("missing metric name");
        var name = line[..i];
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                int start = i;
                while (line[i] != '=') i++;
                var key = line[start..i].Trim();
                i += 2;
                var sb = new System.Text.StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\') { i++; sb.Append(line[i] == 'n' ? '\n' : line[i]); }
                    else sb.Append(line[i]);
                    i++;
                }
                i++;
                labels[key] = sb.ToString();
                if (line[i] == ',') i++;
            }
            i++;
        }
        var rest = line[i..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length == 0) throw new FormatException($"no value for {name}");
        double value = rest[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"bad value '{s}'"),
        };
        long? ts = rest.Length > 1 ? long.Parse(rest[1], CultureInfo.InvariantCulture) : null;
        return new Sample(name, labels, value, ts);
    }
}

public static class Program
{
    public static void Main()
    {
        var text = "# HELP webrtc_rtt_seconds Round trip\n# TYPE webrtc_rtt_seconds gauge\n" +
                   "webrtc_rtt_seconds{platform=\"teams\",agent=\"a\\\"1\"} 0.042 1717171717171\n" +
                   "webrtc_rtt_seconds{platform=\"meet\",agent=\"b\"} 0.051\n" +
                   "webrtc_packets_lost_total{platform=\"teams\",agent=\"a\\\"1\"} 17\n" +
                   "webrtc_jitter_seconds{platform=\"teams\"} NaN\n" +
                   "broken{platform=\"x\"} abc\n" +
                   "webrtc_rtt_seconds{agent=\"b\",platform=\"meet\"} 0.055 9007199254740993\n" +
                   "up 1\n";
        var errors = new List<string>();
        var samples = PromParser.Parse(text, errors);
        foreach (var s in samples)
            Console.WriteLine($"{s.Name} {{{string.Join(",", s.Labels.Select(kv => kv.Key + "=" + kv.Value))}}} = {s.Value} @ {s.TimestampMs?.ToString() ?? "-"}");
        foreach (var e in errors) Console.WriteLine("error " + e);
        var latest = new Dictionary<SeriesKey, Sample>();
        foreach (var s in samples) latest[new SeriesKey(s.Name, string.Join(",", s.Labels.Select(kv => kv.Key + "=" + kv.Value)))] = s;
        Console.WriteLine(latest.Count + " series");
        foreach (var g in samples.GroupBy(s => s.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"{g.Key}: {g.Count()} samples, max {g.Max(s => s.Value)}");
    }
}
