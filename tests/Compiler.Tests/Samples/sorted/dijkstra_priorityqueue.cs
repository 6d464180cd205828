using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Edge(string To, int Cost);

    static (Dictionary<string, int> Dist, Dictionary<string, string> Prev) ShortestPaths(Dictionary<string, List<Edge>> graph, string source)
    {
        var dist = graph.Keys.ToDictionary(k => k, _ => int.MaxValue);
        var prev = new Dictionary<string, string>();
        var queue = new PriorityQueue<string, int>();
        dist[source] = 0;
        queue.Enqueue(source, 0);
        int pops = 0;
        while (queue.TryDequeue(out var node, out var d))
        {
            pops++;
            if (d > dist[node]) continue;
            foreach (var e in graph[node])
            {
                var nd = d + e.Cost;
                if (nd < dist[e.To])
                {
                    dist[e.To] = nd;
                    prev[e.To] = node;
                    queue.Enqueue(e.To, nd);
                }
            }
        }
        Console.WriteLine("pops " + pops);
        return (dist, prev);
    }

    static string PathTo(Dictionary<string, string> prev, string target)
    {
        var path = new Stack<string>();
        for (var at = target; at != null; at = prev.GetValueOrDefault(at)) path.Push(at);
        return string.Join(" -> ", path);
    }

    public static void Main()
    {
        var graph = new Dictionary<string, List<Edge>>
        {
            ["A"] = new() { new("B", 7), new("C", 9), new("F", 14) },
            ["B"] = new() { new("A", 7), new("C", 10), new("D", 15) },
            ["C"] = new() { new("A", 9), new("B", 10), new("D", 11), new("F", 2) },
            ["D"] = new() { new("B", 15), new("C", 11), new("E", 6) },
            ["E"] = new() { new("D", 6), new("F", 9) },
            ["F"] = new() { new("A", 14), new("C", 2), new("E", 9) },
            ["G"] = new(),
        };
        var (dist, prev) = ShortestPaths(graph, "A");
        foreach (var (k, v) in dist.OrderBy(p => p.Key)) Console.WriteLine($"{k}: {(v == int.MaxValue ? "unreachable" : v.ToString())}");
        Console.WriteLine(PathTo(prev, "E"));

        // Ties: .NET's heap is not FIFO for equal priorities.
        var tasks = new PriorityQueue<string, (int Pri, int Seq)>();
        var names = new[] { "mail", "backup", "page", "index", "sync", "report", "alert", "gc", "audit", "ping", "scan", "log", "trim" };
        for (int i = 0; i < names.Length; i++) tasks.Enqueue(names[i], (i % 3, 0));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, tasks.Count).Select(_ => tasks.Dequeue())));
        var flat = new PriorityQueue<int, int>();
        for (int i = 0; i < 20; i++) flat.Enqueue(i, i % 2);
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 20).Select(_ => flat.Dequeue())));

        var ranged = new PriorityQueue<string, int>();
        ranged.EnqueueRange(new[] { ("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2) });
        ranged.EnqueueRange(new[] { "p", "q" }, 1);
        Console.WriteLine(ranged.Peek() + " " + ranged.Count + " " + ranged.DequeueEnqueue("n", 0) + " " + ranged.Peek());
        Console.WriteLine(string.Join(" ", ranged.UnorderedItems.Select(t => t.Element + t.Priority)));
        Console.WriteLine(ranged.TryPeek(out var top, out var p) + " " + top + p);
        ranged.Clear();
        Console.WriteLine(ranged.TryDequeue(out var none, out var np) + " [" + none + "] " + np + " " + ranged.EnqueueDequeue("only", 4));
        try { ranged.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
