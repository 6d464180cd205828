using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var grid = new Dictionary<(int X, int Y), char>();
        string[] map = { "#.#", "..#", "#.." };
        for (int y = 0; y < map.Length; y++)
            for (int x = 0; x < map[y].Length; x++)
                grid[(x, y)] = map[y][x];
        Console.WriteLine(grid[(2, 1)] + " " + grid.ContainsKey((1, 1)) + " " + grid.ContainsKey((5, 5)));
        int walls = grid.Count(kv => kv.Value == '#');
        Console.WriteLine(walls);

        var edges = new HashSet<(string, string)> { ("a", "b"), ("b", "c"), ("a", "b") };
        Console.WriteLine(edges.Count + " " + edges.Contains(("b", "c")) + " " + edges.Contains(("c", "b")));

        var withNulls = new Dictionary<(string? Region, int Code), int>
        {
            [(null, 1)] = 10,
            [("eu", 1)] = 20,
        };
        withNulls[(null, 1)] += 5;
        Console.WriteLine(withNulls[(null, 1)] + " " + withNulls[("eu", 1)] + " " + withNulls.ContainsKey((null, 2)));
        foreach (var kv in withNulls) Console.WriteLine(kv.Key + " => " + kv.Value);

        var memo = new Dictionary<(int, int), long>();
        long Paths(int r, int c)
        {
            if (r == 0 || c == 0) return 1;
            if (memo.TryGetValue((r, c), out var v)) return v;
            return memo[(r, c)] = Paths(r - 1, c) + Paths(r, c - 1);
        }
        Console.WriteLine(Paths(16, 16) + " memo=" + memo.Count);

        var counts = new[] { ("GET", 200), ("GET", 404), ("POST", 200), ("GET", 200) }
            .GroupBy(x => x).Select(g => $"{g.Key.Item1} {g.Key.Item2} x{g.Count()}");
        Console.WriteLine(string.Join("; ", counts));
    }
}
