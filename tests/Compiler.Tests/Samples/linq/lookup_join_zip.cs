using System;
using System.Collections.Generic;
using System.Linq;

public record Agent(int Id, string Name, string Team);
public record Call(int AgentId, int Seconds);

public static class Program
{
    public static void Main()
    {
        var agents = new[] { new Agent(1, "ana", "red"), new Agent(2, "bo", "blue"), new Agent(3, "cy", "red") };
        var calls = new[] { new Call(1, 30), new Call(3, 45), new Call(1, 60), new Call(4, 10) };
        var joined = from a in agents join c in calls on a.Id equals c.AgentId select $"{a.Name}:{c.Seconds}";
        Console.WriteLine(string.Join(" ", joined));
        var grouped = from a in agents
                      join c in calls on a.Id equals c.AgentId into cs
                      select new { a.Name, Total = cs.Sum(c => c.Seconds), N = cs.Count() };
        foreach (var g in grouped) Console.WriteLine(g);
        var left = from a in agents
                   join c in calls on a.Id equals c.AgentId into cs
                   from c in cs.DefaultIfEmpty()
                   select a.Name + "=" + (c?.Seconds.ToString() ?? "none");
        Console.WriteLine(string.Join(",", left));
        var byTeam = agents.ToLookup(a => a.Team, a => a.Name);
        Console.WriteLine(string.Join(" | ", byTeam.Select(g => g.Key + ":" + string.Join("+", g))));
        Console.WriteLine(string.Join(",", agents.Zip(calls, (a, c) => a.Name + c.Seconds)));
        Console.WriteLine(string.Join(",", agents.Select(a => a.Id).Zip(agents.Select(a => a.Name), agents.Select(a => a.Team)).Select(t => $"{t.First}{t.Second}{t.Third}")));
        var teamTotals = calls.Join(agents, c => c.AgentId, a => a.Id, (c, a) => (a.Team, c.Seconds)).GroupBy(x => x.Team).ToDictionary(g => g.Key, g => g.Sum(x => x.Seconds));
        Console.WriteLine(string.Join(",", teamTotals));
        var gj = agents.GroupJoin(calls, a => a.Id, c => c.AgentId, (a, cs) => a.Name + cs.Count());
        Console.WriteLine(string.Join(",", gj));
    }
}
