using System;
using System.Collections.Generic;
using System.Linq;

public enum Level { Debug, Info, Warn, Error }
public record LogLine(string Service, Level Level, int Ms);

public static class Program
{
    public static void Main()
    {
        var lines = new[]
        {
            new LogLine("auth", Level.Info, 12), new LogLine("api", Level.Warn, 340), new LogLine("auth", Level.Error, 5),
            new LogLine("db", Level.Info, 40), new LogLine("api", Level.Info, 25), new LogLine("api", Level.Error, 900),
            new LogLine("Auth", Level.Info, 8),
        };
        foreach (var kv in lines.CountBy(l => l.Service)) Console.Write($"{kv.Key}={kv.Value} ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", lines.CountBy(l => l.Level)));
        Console.WriteLine(string.Join(",", lines.CountBy(l => l.Service, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", lines.CountBy(l => (l.Service, l.Level >= Level.Warn)).Where(kv => kv.Value > 0).Select(kv => $"{kv.Key.Item1}{(kv.Key.Item2 ? "!" : "")}x{kv.Value}")));

        var totals = lines.AggregateBy(l => l.Service, 0, (sum, l) => sum + l.Ms);
        Console.WriteLine(string.Join(" ", totals.Select(kv => kv.Key + ":" + kv.Value)));
        var worst = lines.AggregateBy(l => l.Service.ToLowerInvariant(), s => (Max: 0, Of: s), (acc, l) => l.Ms > acc.Max ? (l.Ms, acc.Of) : acc);
        Console.WriteLine(string.Join(" ", worst.Select(kv => $"{kv.Key}->{kv.Value.Max}")));
        var levels = lines.AggregateBy(l => l.Service, new List<Level>(), (acc, l) => { acc.Add(l.Level); return acc; });
        Console.WriteLine(string.Join(" | ", levels.Select(kv => kv.Key + ":" + kv.Value.Count)));
        var perKey = lines.AggregateBy(l => new { l.Level }, "", (acc, l) => acc + l.Service[0]);
        Console.WriteLine(string.Join(" ", perKey.Select(kv => kv.Key.Level + "=" + kv.Value)));

        var deferred = new List<int> { 1, 2, 3 };
        var parity = deferred.CountBy(x => x % 2 == 0 ? "even" : "odd");
        deferred.Add(5);
        Console.WriteLine(string.Join(",", parity) + " " + Enumerable.Empty<int>().CountBy(x => x).Count());
    }
}
