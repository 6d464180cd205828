using System;
using System.Collections.Generic;
using System.Linq;

readonly record struct Pos(int Row, int Col)
{
    public Pos Step(Dir d) => d switch
    {
        Dir.Up => this with { Row = Row - 1 },
        Dir.Down => this with { Row = Row + 1 },
        Dir.Left => this with { Col = Col - 1 },
        Dir.Right => this with { Col = Col + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };
    public int Manhattan(Pos o) => Math.Abs(Row - o.Row) + Math.Abs(Col - o.Col);
}

enum Dir { Up, Down, Left, Right }

struct Tile
{
    public char Glyph;
    public int Cost;
    public bool Walkable => Glyph != '#';
}

class Map
{
    readonly Tile[,] tiles;
    public int Rows => tiles.GetLength(0);
    public int Cols => tiles.GetLength(1);

    public Map(string[] lines)
    {
        tiles = new Tile[lines.Length, lines[0].Length];
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Cols; c++)
            {
                tiles[r, c].Glyph = lines[r][c];
                tiles[r, c].Cost = lines[r][c] switch { '~' => 5, '.' or 'S' or 'E' => 1, >= '1' and <= '9' => lines[r][c] - '0', _ => 0 };
            }
    }

    public bool Inside(Pos p) => p.Row >= 0 && p.Row < Rows && p.Col >= 0 && p.Col < Cols;
    public Tile this[Pos p] => tiles[p.Row, p.Col];
    public Pos Find(char g)
    {
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Cols; c++)
                if (tiles[r, c].Glyph == g) return new Pos(r, c);
        throw new InvalidOperationException($"no '{g}'");
    }

    public IEnumerable<Pos> Neighbours(Pos p)
    {
        foreach (var d in Enum.GetValues<Dir>())
        {
            var n = p.Step(d);
            if (Inside(n) && this[n].Walkable) yield return n;
        }
    }

    public int? Bfs(Pos from, Pos to)
    {
        var dist = new Dictionary<Pos, int> { [from] = 0 };
        var q = new Queue<Pos>();
        q.Enqueue(from);
        while (q.Count > 0)
        {
            var p = q.Dequeue();
            if (p == to) return dist[p];
            foreach (var n in Neighbours(p))
                if (dist.TryAdd(n, dist[p] + 1)) q.Enqueue(n);
        }
        return null;
    }

    public (int Cost, List<Pos> Path) Dijkstra(Pos from, Pos to)
    {
        var best = new Dictionary<Pos, int> { [from] = 0 };
        var prev = new Dictionary<Pos, Pos>();
        var pq = new PriorityQueue<Pos, (int, int)>();
        pq.Enqueue(from, (0, from.Manhattan(to)));
        while (pq.TryDequeue(out var p, out var pri))
        {
            if (pri.Item1 > best[p]) continue;
            if (p == to) break;
            foreach (var n in Neighbours(p))
            {
                int c = best[p] + this[n].Cost;
                if (!best.TryGetValue(n, out var old) || c < old)
                {
                    best[n] = c;
                    prev[n] = p;
                    pq.Enqueue(n, (c, n.Manhattan(to)));
                }
            }
        }
        var path = new List<Pos> { to };
        while (path[^1] != from) path.Add(prev[path[^1]]);
        path.Reverse();
        return (best[to], path);
    }
}

public static class Program
{
    public static void Main()
    {
        var map = new Map(new[]
        {
            "S..#....",
            ".#.#.~~.",
            ".#...#~.",
            ".####.9.",
            "......#E",
        });
        var s = map.Find('S');
        var e = map.Find('E');
        Console.WriteLine($"{map.Rows}x{map.Cols} from {s} to {e}, manhattan {s.Manhattan(e)}");
        Console.WriteLine("bfs steps: " + (map.Bfs(s, e)?.ToString() ?? "unreachable"));
        var (cost, path) = map.Dijkstra(s, e);
        Console.WriteLine($"cheapest cost {cost} over {path.Count - 1} steps");
        Console.WriteLine(string.Join(" ", path.Select(p => $"({p.Row},{p.Col})")));
        var visited = new HashSet<Pos>(path);
        for (int r = 0; r < map.Rows; r++)
        {
            var row = new char[map.Cols];
            for (int c = 0; c < map.Cols; c++)
            {
                var p = new Pos(r, c);
                row[c] = visited.Contains(p) && map[p].Glyph is '.' or '~' ? '*' : map[p].Glyph;
            }
            Console.WriteLine(new string(row));
        }
        var blocked = new Map(new[] { "S#", "#E" });
        Console.WriteLine("blocked: " + (blocked.Bfs(blocked.Find('S'), blocked.Find('E'))?.ToString() ?? "unreachable"));
        var counts = new Dictionary<Pos, int>();
        foreach (var p in path.Concat(path.Take(3))) counts[p] = counts.GetValueOrDefault(p) + 1;
        Console.WriteLine(string.Join(",", counts.Where(kv => kv.Value > 1).Select(kv => kv.Key)));
    }
}
