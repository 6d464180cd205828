using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static (bool Ok, string? Error, int Value) TryCompute(int x) => x < 0 ? (false, "negative input", 0) : (true, null, x * x);

    public static void Main()
    {
        foreach (var x in new[] { 3, -1 })
        {
            var (ok, err, v) = TryCompute(x);
            Console.WriteLine(ok ? "value " + v : "error " + err);
        }
        var pts = new List<(int X, int Y)> { (2, 1), (1, 5), (2, 0), (1, 1) };
        var sorted = pts.OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(sorted[0] == (1, 1));
        Console.WriteLine(pts.Max(p => p.X + p.Y));
        var t = (Name: "x", Score: 1.5);
        var u = (t.Name, Score: 2.0);
        Console.WriteLine(t + " " + u);
        Console.WriteLine((1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)));
    }
}
