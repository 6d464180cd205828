using System;
using System.Collections.Generic;
using System.Linq;

public sealed class CycleException : Exception
{
    public IReadOnlyList<string> Cycle { get; }
    public CycleException(IReadOnlyList<string> cycle) : base("cycle: " + string.Join(" -> ", cycle)) { Cycle = cycle; }
}

public static class Topo
{
    public static List<string> Sort(IReadOnlyDictionary<string, string[]> deps)
    {
        var indegree = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var users = new Dictionary<string, List<string>>();
        foreach (var (node, needs) in deps)
        {
            indegree.TryAdd(node, 0);
            foreach (var n in needs)
            {
                indegree.TryAdd(n, 0);
                indegree[node]++;
                if (!users.TryGetValue(n, out var l)) users[n] = l = new List<string>();
                l.Add(node);
            }
        }
        var ready = new SortedSet<string>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key), StringComparer.Ordinal);
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(next);
            foreach (var u in users.GetValueOrDefault(next) ?? new List<string>())
                if (--indegree[u] == 0) ready.Add(u);
        }
        if (order.Count != indegree.Count) throw new CycleException(FindCycle(deps));
        return order;
    }

    static List<string> FindCycle(IReadOnlyDictionary<string, string[]> deps)
    {
        var state = new Dictionary<string, int>();
        var stack = new Stack<string>();
        List<string>? found = null;
        bool Visit(string n)
        {
            state[n] = 1;
            stack.Push(n);
            foreach (var d in deps.GetValueOrDefault(n) ?? Array.Empty<string>())
            {
                if (state.GetValueOrDefault(d) == 1)
                {
                    found = stack.Reverse().SkipWhile(x => x != d).Append(d).ToList();
                    return true;
                }
                if (state.GetValueOrDefault(d) == 0 && Visit(d)) return true;
            }
            stack.Pop();
            state[n] = 2;
            return false;
        }
        foreach (var n in deps.Keys.OrderBy(k => k, StringComparer.Ordinal)) if (state.GetValueOrDefault(n) == 0 && Visit(n)) break;
        return found ?? new List<string>();
    }
}

public static class Program
{
    public static void Main()
    {
        var build = new Dictionary<string, string[]>
        {
            ["background"] = new[] { "shared", "bindings" },
            ["override"] = new[] { "shared" },
            ["shared"] = new[] { "bindings" },
            ["zip"] = new[] { "background", "override", "options" },
            ["options"] = new[] { "shared" },
            ["bindings"] = Array.Empty<string>(),
        };
        Console.WriteLine(string.Join(" ", Topo.Sort(build)));
        build["bindings"] = new[] { "zip" };
        try { Topo.Sort(build); }
        catch (CycleException e) { Console.WriteLine(e.Message + " (" + e.Cycle.Count + ")"); }
    }
}
