using System;
using System.Collections.Generic;
using System.Linq;

public interface IShape { double Area(); }

public struct Cell : IEquatable<Cell>
{
    public int Row, Col;
    public Cell(int r, int c) { Row = r; Col = c; }
    public bool Equals(Cell o) => Row == o.Row && Col == o.Col;
    public override bool Equals(object? o) => o is Cell c && Equals(c);
    public override int GetHashCode() => Row * 31 + Col;
    public override string ToString() => $"R{Row}C{Col}";
    public IEnumerable<Cell> Neighbours()
    {
        yield return new Cell(Row - 1, Col);
        yield return new Cell(Row + 1, Col);
        yield return new Cell(Row, Col - 1);
        yield return new Cell(Row, Col + 1);
    }
}

public struct Square : IShape
{
    public double Side;
    public Square(double side) { Side = side; }
    public double Area() => Side * Side;
}

public struct Plain { public int A; public string B; }

public static class Program
{
    public static void Main()
    {
        var walls = new HashSet<Cell> { new(0, 1), new(1, 1) };
        var start = new Cell(0, 0);
        var visited = new Dictionary<Cell, int> { [start] = 0 };
        var queue = new Queue<Cell>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var cur = queue.Dequeue();
            foreach (var n in cur.Neighbours())
            {
                if (n.Row < 0 || n.Col < 0 || n.Row > 2 || n.Col > 2 || walls.Contains(n) || visited.ContainsKey(n)) continue;
                visited[n] = visited[cur] + 1;
                queue.Enqueue(n);
            }
        }
        Console.WriteLine(visited[new Cell(0, 2)] + " " + visited.Count);
        Console.WriteLine(string.Join(" ", visited.Where(kv => kv.Value == 2).Select(kv => kv.Key)));

        IShape shape = new Square(3);
        var sq = new Square(2);
        IShape boxed = sq;
        sq.Side = 10;
        Console.WriteLine($"{shape.Area()} {boxed.Area()} {sq.Area()}");
        var shapes = new List<IShape> { sq, new Square(1) };
        Console.WriteLine(shapes.Sum(x => x.Area()));

        var p1 = new Plain { A = 1, B = "x" };
        var p2 = new Plain { A = 1, B = "x" };
        Console.WriteLine($"{p1.Equals(p2)} {p1.Equals(new Plain { A = 2, B = "x" })} {p1}");
        var groups = new[] { p1, p2, new Plain { A = 2 } }.GroupBy(p => p).Select(g => g.Count());
        Console.WriteLine(string.Join(",", groups));
    }
}
