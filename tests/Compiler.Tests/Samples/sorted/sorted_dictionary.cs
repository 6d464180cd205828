using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var latency = new SortedDictionary<string, double> { ["teams"] = 41.5, ["meet"] = 38.2, ["connect"] = 55.0 };
        latency["genesys"] = 47.1;
        latency["meet"] = 36.0;
        foreach (var kv in latency) Console.WriteLine($"{kv.Key,-8} {kv.Value}");
        Console.WriteLine(latency.First().Key + " " + latency.Keys.Last() + " " + latency.Count);
        latency.Remove("connect");
        Console.WriteLine(string.Join(",", latency.Keys) + " " + latency.ContainsKey("connect"));
        var byScore = new SortedDictionary<int, List<string>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var (name, score) in new[] { ("a", 3), ("b", 9), ("c", 3), ("d", 7) })
        {
            if (!byScore.TryGetValue(score, out var l)) byScore[score] = l = new List<string>();
            l.Add(name);
        }
        foreach (var kv in byScore) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        var list = new SortedList<int, string> { [30] = "thirty", [10] = "ten", [20] = "twenty" };
        Console.WriteLine(string.Join(" ", list.Keys) + " | " + string.Join(" ", list.Values) + " | " + list.IndexOfKey(20) + " " + list.GetKeyAtIndex(0) + " " + list.Values[2]);
        list.RemoveAt(0);
        Console.WriteLine(list.Count + " " + list.First().Value);
    }
}
