using System;
using System.Collections.Generic;
using System.Linq;

sealed class Ring
{
    private readonly List<string> items = new List<string>();
    public int Count => items.Count;
    public string this[int i] => items[i];
    public void Add(string s) => items.Add(s);
}

public static class Program
{
    public static void Main()
    {
        var s = "prometheus_metric_name";
        Console.WriteLine(s[..10] + "|" + s[11..17] + "|" + s[^4..] + "|" + s[^1] + "|" + s[3..^3]);
        var parts = new[] { "a", "b", "c", "d", "e" };
        Console.WriteLine(string.Join(",", parts[1..3]) + " " + string.Join(",", parts[^2..]) + " " + parts[^1] + " " + parts[..^4].Length);
        Range r = 1..^1;
        Console.WriteLine(string.Join("", parts[r]));
        Index last = ^1;
        Console.WriteLine(parts[last] + " " + last.Value + " " + last.IsFromEnd);
        var ring = new Ring();
        ring.Add("x"); ring.Add("y"); ring.Add("z");
        Console.WriteLine(ring[^1] + ring[^3]);
        var list = new List<int> { 10, 20, 30, 40 };
        Console.WriteLine(list[^2] + " " + string.Join(",", list.Take(1..3)) + " " + string.Join(",", list.Take(^2..)));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Take(^3..^1)));
        try { Console.WriteLine(s[30..]); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        var span = "2024-05-17";
        Console.WriteLine(int.Parse(span[..4]) + int.Parse(span[5..7]) + int.Parse(span[^2..]));
    }
}
