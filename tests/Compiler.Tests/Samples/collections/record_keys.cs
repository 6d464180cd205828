using System;
using System.Collections.Generic;
using System.Linq;

public record Endpoint(string Host, int Port);
public record Labels(string Job, string Instance);

public static class Program
{
    public static void Main()
    {
        var health = new Dictionary<Endpoint, string>();
        health[new Endpoint("db", 5432)] = "up";
        health[new Endpoint("cache", 6379)] = "down";
        health[new Endpoint("db", 5432)] = "degraded";
        Console.WriteLine(health.Count + " " + health[new Endpoint("db", 5432)]);
        Console.WriteLine(health.TryGetValue(new Endpoint("db", 1), out var s) + " " + (s ?? "none"));
        foreach (var (ep, st) in health) Console.WriteLine($"{ep.Host}:{ep.Port} {st}");

        var series = new HashSet<Labels>();
        foreach (var (job, inst) in new[] { ("api", "a1"), ("api", "a2"), ("api", "a1"), ("web", "w1") })
            Console.Write(series.Add(new Labels(job, inst)) ? "+" : "=");
        Console.WriteLine(" " + series.Count);

        var byJob = series.ToLookup(l => l.Job);
        Console.WriteLine(byJob["api"].Count() + " " + byJob["none"].Count() + " " + byJob.Count);
        var dict = series.ToDictionary(l => l, l => l.Instance.Length);
        Console.WriteLine(dict[new Labels("web", "w1")]);
        try { series.ToDictionary(l => l.Job); }
        catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        Console.WriteLine(series.Remove(new Labels("api", "a2")) + " " + series.Count);
    }
}
