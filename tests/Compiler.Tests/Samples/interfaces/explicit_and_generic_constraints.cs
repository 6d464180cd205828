using System;
using System.Collections.Generic;

interface IScorer { int Score(); }

class Player : IScorer, IComparable<Player>
{
    public string Name;
    public int Points;
    public Player(string n, int p) { Name = n; Points = p; }
    public int Score() => Points * 2;
    public int CompareTo(Player? other) => other == null ? 1 : Points.CompareTo(other.Points);
}

static class Util
{
    public static T Best<T>(IEnumerable<T> items) where T : class, IScorer
    {
        T? best = null;
        foreach (var i in items) if (best == null || i.Score() > best.Score()) best = i;
        return best!;
    }

    public static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
}

public static class Program
{
    public static void Main()
    {
        var ps = new List<Player> { new Player("a", 3), new Player("b", 9), new Player("c", 5) };
        Console.WriteLine(Util.Best(ps).Name);
        Console.WriteLine(Util.Max(ps[0], ps[2]).Name);
        Console.WriteLine(Util.Max(3, 8));
        Console.WriteLine(Util.Max("apple", "banana"));
        ps.Sort();
        Console.WriteLine(string.Join(",", ps.ConvertAll(p => p.Name)));
    }
}
