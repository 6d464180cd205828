using System;
using System.Collections.Generic;

public static class Program
{
    static (int Min, int Max) MinMax(IEnumerable<int> xs)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var x in xs) { if (x < min) min = x; if (x > max) max = x; }
        return (min, max);
    }

    static (string, int, bool) Triple() => ("t", 3, true);

    public static void Main()
    {
        var mm = MinMax(new[] { 4, -2, 9, 0 });
        Console.WriteLine(mm.Min + " " + mm.Max);
        Console.WriteLine(mm);
        var (lo, hi) = mm;
        Console.WriteLine(hi - lo);
        var t = Triple();
        Console.WriteLine(t.Item1 + t.Item2 + " " + t.Item3);
        Console.WriteLine(t);
        (int a, string b) named = (1, "one");
        Console.WriteLine(named.a + named.b);
        Console.WriteLine((1, 2) == (1, 2));
        Console.WriteLine((1, "x") != (1, "y"));
        Console.WriteLine((1, 2).Equals((1, 2)));
        int x = 1, y = 2;
        (x, y) = (y, x);
        Console.WriteLine(x + "," + y);
        var nested = (1, (2, 3));
        Console.WriteLine(nested);
        Console.WriteLine(nested.Item2.Item1);
        var withNull = ("s", (string?)null, 1.5);
        Console.WriteLine(withNull);
        var list = new List<(string Name, int Score)> { ("a", 3), ("b", 1) };
        list.Sort((p, q) => p.Score.CompareTo(q.Score));
        foreach (var (n, s) in list) Console.WriteLine(n + "=" + s);
    }
}
