using System;
using System.Collections.Generic;
using System.Linq;

public record Sample(string Host, int Port, string Metric, double Value);
public record Target(string Host, int Port, string Team);

public static class Program
{
    public static void Main()
    {
        var samples = new[]
        {
            new Sample("a", 80, "rtt", 12.5), new Sample("a", 443, "rtt", 30.0), new Sample("b", 80, "loss", 0.5),
            new Sample("c", 80, "rtt", 7.0), new Sample("a", 80, "loss", 0.0), new Sample(null!, 0, "rtt", 1.0),
        };
        var targets = new[] { new Target("a", 80, "web"), new Target("a", 443, "tls"), new Target("b", 80, "web"), new Target(null!, 0, "none") };

        // Anonymous-type keys compare member by member.
        var anon = samples.Join(targets, s => new { s.Host, s.Port }, t => new { t.Host, t.Port }, (s, t) => $"{t.Team}:{s.Metric}={s.Value}");
        Console.WriteLine(string.Join(" ", anon));

        // Tuple keys, query syntax.
        var tuples = from s in samples
                     join t in targets on (s.Host, s.Port) equals (t.Host, t.Port)
                     where s.Metric == "rtt"
                     select (t.Team, s.Value);
        Console.WriteLine(string.Join(" ", tuples));

        // Null keys never match in a join.
        var byHost = samples.Join(targets, s => s.Host, t => t.Host, (s, t) => s.Port + "/" + t.Port);
        Console.WriteLine(string.Join(",", byHost));

        // GroupJoin on a tuple key with a comparer-less record key.
        var grouped = targets.GroupJoin(samples, t => (t.Host, t.Port), s => (s.Host, s.Port), (t, ss) => $"{t.Team}[{ss.Count()}]");
        Console.WriteLine(string.Join(" ", grouped));

        // A comparer on string keys.
        var upper = new[] { "A", "B", "Z" };
        var ci = upper.Join(samples, u => u, s => s.Host, (u, s) => u + s.Port, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci));
        var gci = upper.GroupJoin(targets, u => u, t => t.Host, (u, ts) => u + ts.Count(), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", gci));

        // Deferred: the join sees items added before it is enumerated.
        var live = new List<Target>();
        var q = samples.Take(2).Join(live, s => s.Host, t => t.Host, (s, t) => t.Team);
        live.Add(new Target("a", 1, "late"));
        Console.WriteLine(string.Join(",", q));
    }
}
