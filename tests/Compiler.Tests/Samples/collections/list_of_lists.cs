using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var grid = new List<List<int>>();
        for (int r = 0; r < 3; r++)
        {
            var row = new List<int>();
            for (int c = 0; c < 4; c++) row.Add(r * c);
            grid.Add(row);
        }
        foreach (var row in grid) Console.WriteLine(string.Join(" ", row));
        var index = new Dictionary<string, List<string>>();
        foreach (var w in new[] { "ant", "bee", "asp", "bat", "cow" })
        {
            var k = w.Substring(0, 1);
            if (!index.TryGetValue(k, out var bucket)) index[k] = bucket = new List<string>();
            bucket.Add(w);
        }
        foreach (var kv in index) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        var lookup = new Dictionary<string, Dictionary<string, int>>();
        lookup["x"] = new Dictionary<string, int> { ["y"] = 1 };
        lookup["x"]["z"] = 2;
        Console.WriteLine(lookup["x"].Count + " " + lookup["x"]["z"]);
    }
}
