using System;
using System.Collections.Generic;
using System.Linq;

public enum Platform { Teams, Meet, Connect, Genesys }

public readonly record struct Key(Platform Platform, string Region);

public sealed class Agg
{
    public long Count;
    public double Sum;
    public double Max = double.MinValue;
    public void Add(double v) { Count++; Sum += v; if (v > Max) Max = v; }
    public override string ToString() => $"n={Count} avg={Sum / Count:F1} max={Max}";
}

public static class Program
{
    public static void Main()
    {
        var events = new (Platform p, string region, double mos)[]
        {
            (Platform.Teams, "eu", 4.1), (Platform.Meet, "us", 3.9), (Platform.Teams, "eu", 3.2),
            (Platform.Connect, "eu", 4.4), (Platform.Teams, "us", 4.0), (Platform.Meet, "us", 2.8), (Platform.Teams, "eu", 4.3),
        };
        var aggs = new Dictionary<Key, Agg>();
        foreach (var (p, region, mos) in events)
        {
            var k = new Key(p, region);
            if (!aggs.TryGetValue(k, out var a)) aggs[k] = a = new Agg();
            a.Add(mos);
        }
        foreach (var (k, a) in aggs) Console.WriteLine($"{k.Platform,-8}{k.Region} {a}");
        Console.WriteLine(aggs.ContainsKey(new Key(Platform.Genesys, "eu")) + " " + aggs[new Key(Platform.Teams, "eu")].Count);
        var perPlatform = aggs.GroupBy(kv => kv.Key.Platform).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value.Count));
        foreach (var p in Enum.GetValues<Platform>()) Console.WriteLine(p + ": " + perPlatform.GetValueOrDefault(p));
        var lookup = events.ToLookup(e => (e.p, e.region), e => e.mos);
        Console.WriteLine(string.Join(" ", lookup[(Platform.Teams, "eu")]));
        var regions = events.Select(e => e.region).ToHashSet();
        Console.WriteLine(string.Join(",", regions));
        Console.WriteLine(new Key(Platform.Meet, "us"));
    }
}
