using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var edges = new (string, string)[] { ("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g") };
        var adj = new Dictionary<string, List<string>>();
        foreach (var (x, y) in edges)
        {
            if (!adj.ContainsKey(x)) adj[x] = new List<string>();
            if (!adj.ContainsKey(y)) adj[y] = new List<string>();
            adj[x].Add(y); adj[y].Add(x);
        }
        var dist = new Dictionary<string, int> { ["a"] = 0 };
        var prev = new Dictionary<string, string>();
        var q = new Queue<string>();
        q.Enqueue("a");
        while (q.Count > 0)
        {
            var u = q.Dequeue();
            foreach (var v in adj[u].OrderBy(s => s))
            {
                if (dist.ContainsKey(v)) continue;
                dist[v] = dist[u] + 1;
                prev[v] = u;
                q.Enqueue(v);
            }
        }
        foreach (var kv in dist.OrderBy(kv => kv.Key)) Console.WriteLine(kv.Key + ": " + kv.Value);
        var path = new Stack<string>();
        for (var cur = "e"; ; cur = prev[cur]) { path.Push(cur); if (cur == "a") break; }
        Console.WriteLine(string.Join(" -> ", path));
        Console.WriteLine("unreachable: " + string.Join(",", adj.Keys.Where(k => !dist.ContainsKey(k)).OrderBy(k => k)));
    }
}
