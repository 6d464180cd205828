using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var pairs = new[] { ("x", 1), ("y", 2), ("x", 3) };
        var grouped = pairs.GroupBy(p => p.Item1).Select(g => (Key: g.Key, Total: g.Sum(p => p.Item2)));
        foreach (var g in grouped) Console.WriteLine(g);
        var dict = pairs.Select((p, i) => (p.Item1 + i, p.Item2)).ToDictionary(p => p.Item1, p => p.Item2);
        foreach (var kv in dict) Console.WriteLine(kv.Key + " " + kv.Value);
        var swapped = pairs.Select(p => (p.Item2, p.Item1)).ToList();
        Console.WriteLine(string.Join(";", swapped));
        (int, int) acc = (0, 0);
        foreach (var (_, v) in pairs) acc = (acc.Item1 + 1, acc.Item2 + v);
        Console.WriteLine(acc);
        var kvp = new KeyValuePair<string, int>("k", 5);
        Console.WriteLine(kvp);
        var (k, v2) = kvp;
        Console.WriteLine(k + v2);
    }
}
