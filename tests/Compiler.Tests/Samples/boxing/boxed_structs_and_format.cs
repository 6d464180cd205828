using System;
using System.Collections.Generic;

struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override string ToString() => $"({X},{Y})"; }
enum Dir { North, East, South, West }

public static class Program
{
    public static void Main()
    {
        var p = new Point(1, 2);
        object boxed = p;
        p.X = 100;
        Console.WriteLine(boxed + " " + p);
        var items = new List<object> { p, new Point(3, 4), Dir.West, 7, 2.5, 'z', true, 5L };
        foreach (var it in items) Console.Write($"[{it,6}]");
        Console.WriteLine();
        Console.WriteLine(string.Format("{0,-8}|{1,5:D3}|{2:X}|{3:F1}|{4}", Dir.East, 42, 255, 3.14159, 'q'));
        Console.WriteLine(boxed.Equals(new Point(1, 2)) + " " + boxed.Equals(new Point(2, 1)) + " " + object.ReferenceEquals(boxed, boxed));
        object a = 5, b = 5;
        Console.WriteLine(ReferenceEquals(a, b) + " " + a.Equals(b) + " " + (a == b));
        Console.WriteLine(((Point)boxed).X);
        Console.WriteLine(boxed.GetType().Name + " " + items[2].GetType().Name + " " + items[7].GetType().Name);
    }
}
