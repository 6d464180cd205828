using System;
using System.Collections.Generic;
using System.Linq;

public record Call(string Agent, string Queue, int Seconds, bool Dropped);

public static class Program
{
    public static void Main()
    {
        var calls = new List<Call>
        {
            new("ana", "sales", 120, false), new("bo", "support", 300, true), new("ana", "support", 60, false),
            new("cy", "sales", 45, true), new("bo", "support", 200, false), new("ana", "sales", 90, false),
        };
        var byAgentQueue = calls.GroupBy(c => (c.Agent, c.Queue));
        foreach (var g in byAgentQueue) Console.WriteLine($"{g.Key.Agent}/{g.Key.Queue}: {g.Count()} calls, {g.Sum(c => c.Seconds)}s");

        var lookup = calls.ToLookup(c => c.Queue, c => c.Agent);
        foreach (var g in lookup) Console.WriteLine(g.Key + ": " + string.Join(",", g.Distinct()));
        Console.WriteLine(lookup.Contains("billing") + " " + lookup["billing"].Any());

        var anon = calls.GroupBy(c => new { c.Queue, c.Dropped }).Select(g => $"{g.Key.Queue}-{g.Key.Dropped}:{g.Count()}");
        Console.WriteLine(string.Join(" ", anon));

        var stats = calls.GroupBy(c => c.Agent, c => c.Seconds, (agent, secs) => new { agent, avg = secs.Average(), max = secs.Max() });
        foreach (var s in stats) Console.WriteLine(s);

        var dict = calls.GroupBy(c => c.Dropped).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(dict[true] + " " + dict[false]);
        var distinctPairs = calls.Select(c => (c.Agent, c.Queue)).Distinct().Count();
        Console.WriteLine(distinctPairs);
    }
}
