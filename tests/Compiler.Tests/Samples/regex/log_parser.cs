using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// Parses application log lines into records, counts levels, extracts durations and request ids.
public static class Program
{
    sealed record Entry(string At, string Level, string Component, string Message);

    static readonly Regex LinePattern = new Regex(
        @"^(?<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z\s+\[(?<level>TRACE|DEBUG|INFO|WARN|ERROR)\]\s+(?<comp>[\w.]+):\s+(?<msg>.*)$",
        RegexOptions.Compiled);
    static readonly Regex Duration = new Regex(@"took (\d+(?:\.\d+)?)\s?(ms|s)\b", RegexOptions.IgnoreCase);
    static readonly Regex RequestId = new Regex(@"\breq=([0-9a-f]{8})\b");

    public static void Main()
    {
        var lines = new[]
        {
            "2024-03-01T10:00:01Z [INFO] http.server: GET /metrics req=0a1b2c3d took 12 ms",
            "2024-03-01T10:00:02Z [WARN] db.pool: slow query req=deadbeef took 1.5s",
            "garbage line without structure",
            "2024-03-01T10:00:03Z [ERROR] http.server: upstream failed req=0A1B2C3D (upper case id ignored)",
            "2024-03-01T10:00:04Z  [DEBUG]   cache: hit ratio 0.93",
            "2024-03-01T10:00:05Z [INFO] http.server: POST /push took 230ms",
            "2024-03-01T10:00:06Z [FATAL] core: not a known level",
        };

        var entries = new List<Entry>();
        foreach (var line in lines)
        {
            var m = LinePattern.Match(line);
            if (!m.Success) { Console.WriteLine("skip: " + line); continue; }
            var at = m.Groups["ts"].Value.Substring(11);
            entries.Add(new Entry(at, m.Groups["level"].Value, m.Groups["comp"].Value, m.Groups["msg"].Value));
        }

        foreach (var e in entries)
            Console.WriteLine($"{e.At} {e.Level,-5} {e.Component,-12} {e.Message}");

        foreach (var g in entries.GroupBy(e => e.Level).OrderBy(g => g.Key))
            Console.WriteLine($"{g.Key}: {g.Count()}");

        double totalMs = 0;
        foreach (var e in entries)
        {
            var d = Duration.Match(e.Message);
            if (!d.Success) continue;
            var value = double.Parse(d.Groups[1].Value);
            var ms = d.Groups[2].Value.ToLowerInvariant() == "s" ? value * 1000 : value;
            totalMs += ms;
            Console.WriteLine($"{e.Component} {d.Value} -> {ms} ms at {d.Index}");
        }
        Console.WriteLine($"total {totalMs} ms");

        var ids = entries.Select(e => RequestId.Match(e.Message)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Console.WriteLine("requests: " + string.Join(", ", ids));
        Console.WriteLine("components: " + string.Join(", ", entries.Select(e => e.Component).Distinct().Where(c => Regex.IsMatch(c, @"^[a-z]+\.[a-z]+$"))));
    }
}
