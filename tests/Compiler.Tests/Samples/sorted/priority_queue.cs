using System;
using System.Collections.Generic;

public static class Program
{
    static Dictionary<char, int> Dijkstra(Dictionary<char, List<(char To, int W)>> g, char start)
    {
        var dist = new Dictionary<char, int> { [start] = 0 };
        var pq = new PriorityQueue<char, int>();
        pq.Enqueue(start, 0);
        while (pq.TryDequeue(out var u, out var d))
        {
            if (d > dist[u]) continue;
            foreach (var (v, w) in g[u])
            {
                var nd = d + w;
                if (!dist.TryGetValue(v, out var old) || nd < old) { dist[v] = nd; pq.Enqueue(v, nd); }
            }
        }
        return dist;
    }

    public static void Main()
    {
        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("low", 5);
        pq.Enqueue("urgent", 1);
        pq.Enqueue("mid-a", 3);
        pq.Enqueue("mid-b", 3);
        pq.Enqueue("mid-c", 3);
        pq.Enqueue("high", 2);
        Console.WriteLine(pq.Count + " peek " + pq.Peek());
        while (pq.Count > 0) Console.Write(pq.Dequeue() + " ");
        Console.WriteLine();
        var g = new Dictionary<char, List<(char, int)>>
        {
            ['a'] = new() { ('b', 4), ('c', 1) },
            ['b'] = new() { ('d', 1) },
            ['c'] = new() { ('b', 2), ('d', 5) },
            ['d'] = new(),
        };
        foreach (var kv in Dijkstra(g, 'a')) Console.Write($"{kv.Key}={kv.Value} ");
        Console.WriteLine();
        var maxHeap = new PriorityQueue<int, int>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
        foreach (var x in new[] { 4, 9, 1, 7, 9, 3 }) maxHeap.Enqueue(x, x);
        Console.Write(maxHeap.EnqueueDequeue(8, 8) + ": ");
        while (maxHeap.TryDequeue(out var x, out _)) Console.Write(x + " ");
        Console.WriteLine();
        var ties = new PriorityQueue<string, int>();
        for (int i = 0; i < 10; i++) ties.Enqueue("t" + i, i % 3);
        while (ties.Count > 0) Console.Write(ties.Dequeue() + " ");
        Console.WriteLine();
        var init = new PriorityQueue<string, int>(new[] { ("e", 5), ("a", 1), ("c", 3), ("b", 2), ("d", 4) });
        Console.WriteLine(init.Dequeue() + init.Dequeue() + " " + init.Count);
    }
}
