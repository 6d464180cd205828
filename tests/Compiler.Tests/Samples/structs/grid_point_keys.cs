using System;
using System.Collections.Generic;
using System.Linq;

public readonly record struct Point(int X, int Y)
{
    public static readonly Point[] Directions = { new(0, -1), new(1, 0), new(0, 1), new(-1, 0) };
    public Point Offset(Point d) => new(X + d.X, Y + d.Y);
    public int Manhattan(Point other) => Math.Abs(X - other.X) + Math.Abs(Y - other.Y);
}

public static class Program
{
    static readonly string[] Map =
    {
        "#########",
        "#S..#...#",
        "#.#.#.#.#",
        "#.#...#E#",
        "#...#...#",
        "#########",
    };

    public static void Main()
    {
        var walls = new HashSet<Point>();
        Point start = default, end = default;
        for (int y = 0; y < Map.Length; y++)
            for (int x = 0; x < Map[y].Length; x++)
            {
                var p = new Point(x, y);
                switch (Map[y][x])
                {
                    case '#': walls.Add(p); break;
                    case 'S': start = p; break;
                    case 'E': end = p; break;
                }
            }
        Console.WriteLine($"walls {walls.Count}, start {start}, end {end}, manhattan {start.Manhattan(end)}");

        var dist = new Dictionary<Point, int> { [start] = 0 };
        var cameFrom = new Dictionary<Point, Point>();
        var queue = new Queue<Point>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var cur = queue.Dequeue();
            if (cur == end) break;
            foreach (var d in Point.Directions)
            {
                var next = cur.Offset(d);
                if (walls.Contains(next) || dist.ContainsKey(next)) continue;
                dist[next] = dist[cur] + 1;
                cameFrom[next] = cur;
                queue.Enqueue(next);
            }
        }
        Console.WriteLine($"shortest {dist[end]} steps, visited {dist.Count}");

        var path = new List<Point>();
        for (var p = end; p != start; p = cameFrom[p]) path.Add(p);
        path.Add(start);
        path.Reverse();
        Console.WriteLine(string.Join(" ", path.Select(p => $"({p.X},{p.Y})")));

        var onPath = path.ToHashSet();
        for (int y = 0; y < Map.Length; y++)
        {
            var row = new char[Map[y].Length];
            for (int x = 0; x < row.Length; x++)
                row[x] = onPath.Contains(new Point(x, y)) && Map[y][x] == '.' ? '*' : Map[y][x];
            Console.WriteLine(new string(row));
        }

        var byRow = dist.Keys.GroupBy(p => p.Y).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine(string.Join(" ", byRow));
        Console.WriteLine(dist.TryGetValue(new Point(1, 1), out var d0) ? d0 : -1);
        Console.WriteLine(dist.ContainsKey(new Point(4, 1)));
        var far = dist.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.X).First();
        Console.WriteLine($"farthest {far.Key} at {far.Value}");
    }
}
