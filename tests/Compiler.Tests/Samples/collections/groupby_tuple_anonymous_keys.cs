using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Call(string Agent, string Queue, int Minute, double Mos);

    public static void Main()
    {
        var calls = new List<Call>
        {
            new("ana", "sales", 1, 4.1), new("bo", "support", 1, 3.2), new("ana", "sales", 2, 3.9),
            new("ana", "support", 2, 4.4), new("bo", "support", 3, 2.8), new("cy", "sales", 3, 4.0),
        };

        foreach (var g in calls.GroupBy(c => (c.Agent, c.Queue)))
            Console.WriteLine($"{g.Key.Agent}/{g.Key.Queue}: n={g.Count()} avg={g.Average(c => c.Mos):F2}");

        foreach (var g in calls.GroupBy(c => new { c.Queue, Late = c.Minute > 1 }))
            Console.WriteLine($"{g.Key.Queue} late={g.Key.Late}: {string.Join(",", g.Select(c => c.Agent))}");

        var perMinute = calls.GroupBy(c => c.Minute, c => c.Agent, (m, agents) => $"{m}:{string.Join("+", agents.Distinct())}");
        Console.WriteLine(string.Join(" ", perMinute));

        var lookup = calls.ToLookup(c => (c.Queue, c.Mos >= 4.0));
        Console.WriteLine(lookup[("sales", true)].Count() + " " + lookup[("support", false)].Count() + " " + lookup[("none", true)].Count());

        var q = from c in calls
                group c by new { c.Agent } into g
                orderby g.Key.Agent descending
                select g.Key.Agent + "=" + g.Max(c => c.Mos);
        Console.WriteLine(string.Join(" ", q));

        var pairs = calls.Select(c => (c.Agent, c.Queue)).Distinct().Count();
        var anon = calls.Select(c => new { c.Agent }).Distinct().Count();
        Console.WriteLine(pairs + " " + anon);
    }
}
