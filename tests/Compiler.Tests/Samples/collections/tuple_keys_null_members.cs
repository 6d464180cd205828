using System;
using System.Collections.Generic;
using System.Linq;

// A routing table keyed by (platform, region?) where a null region means "any region".
public static class Program
{
    static readonly Dictionary<(string Platform, string? Region), int> Weights = new()
    {
        [("teams", "eu")] = 3,
        [("teams", null)] = 1,
        [("meet", null)] = 2,
    };

    static int WeightFor(string platform, string? region)
    {
        if (Weights.TryGetValue((platform, region), out var w)) return w;
        return Weights.TryGetValue((platform, null), out var any) ? any : 0;
    }

    public static void Main()
    {
        Console.WriteLine(WeightFor("teams", "eu"));
        Console.WriteLine(WeightFor("teams", "us"));
        Console.WriteLine(WeightFor("meet", "eu"));
        Console.WriteLine(WeightFor("connect", null));

        var seen = new HashSet<(int?, string?)>();
        Console.WriteLine(seen.Add((null, null)));
        Console.WriteLine(seen.Add((null, null)));
        Console.WriteLine(seen.Add((1, null)));
        Console.WriteLine(seen.Add((null, "x")));
        Console.WriteLine(seen.Contains((1, null)) + " " + seen.Count);

        var counts = new Dictionary<(string, int?), int>();
        foreach (var (name, port) in new (string, int?)[] { ("a", null), ("a", 80), ("a", null), ("b", null), ("a", 80) })
            counts[(name, port)] = counts.GetValueOrDefault((name, port)) + 1;
        foreach (var ((name, port), n) in counts.Select(kv => (kv.Key, kv.Value)))
            Console.WriteLine($"{name}:{port?.ToString() ?? "-"} x{n}");
        Console.WriteLine(counts.Remove(("a", null)) + " " + counts.ContainsKey(("a", null)) + " " + counts.Count);
    }
}
