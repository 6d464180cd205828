using System;
using System.Collections.Generic;
using System.Linq;

// Tracks getStats()-like reports: id -> (field -> value); reports per-field deltas, new and vanished ids.
sealed class DeltaTracker
{
    private Dictionary<string, Dictionary<string, double>> previous = new Dictionary<string, Dictionary<string, double>>();

    public List<string> Update(Dictionary<string, Dictionary<string, double>> report)
    {
        var lines = new List<string>();
        foreach (var id in report.Keys.OrderBy(k => k))
        {
            if (!previous.TryGetValue(id, out var old)) { lines.Add("+ " + id); continue; }
            foreach (var (field, value) in report[id].OrderBy(kv => kv.Key))
            {
                if (!old.TryGetValue(field, out var before)) continue;
                var delta = value - before;
                if (delta != 0) lines.Add($"  {id}.{field} {(delta > 0 ? "+" : "")}{delta:0.###}");
            }
        }
        foreach (var gone in previous.Keys.Where(k => !report.ContainsKey(k)).OrderBy(k => k)) lines.Add("- " + gone);
        previous = report;
        return lines;
    }
}

public static class Program
{
    static Dictionary<string, Dictionary<string, double>> Report(params (string Id, string Field, double Value)[] xs)
    {
        var r = new Dictionary<string, Dictionary<string, double>>();
        foreach (var (id, f, v) in xs)
        {
            if (!r.TryGetValue(id, out var d)) r[id] = d = new Dictionary<string, double>();
            d[f] = v;
        }
        return r;
    }

    public static void Main()
    {
        var t = new DeltaTracker();
        var rounds = new[]
        {
            Report(("IT01V", "bytesReceived", 1000), ("IT01V", "framesDecoded", 30), ("IT01A", "bytesReceived", 200)),
            Report(("IT01V", "bytesReceived", 2500.5), ("IT01V", "framesDecoded", 60), ("IT01A", "bytesReceived", 200), ("CP1", "currentRoundTripTime", 0.051)),
            Report(("IT01V", "bytesReceived", 2400), ("CP1", "currentRoundTripTime", 0.0495)),
        };
        for (int i = 0; i < rounds.Length; i++)
        {
            Console.WriteLine("round " + i);
            foreach (var l in t.Update(rounds[i])) Console.WriteLine(l);
        }
    }
}
