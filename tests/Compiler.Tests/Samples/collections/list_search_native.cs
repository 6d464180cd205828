using System;
using System.Collections.Generic;
using System.Linq;

// List/Array search on elements JavaScript compares as .NET does (native indexOf/includes), next to
// doubles (NaN equals NaN in .NET), objects with Equals, and a method group (the general helper).
public static class Program
{
    enum Color { Red, Green, Blue }
    sealed record Point(int X, int Y);

    public static void Main()
    {
        var names = new List<string?> { "a", "b", null, "a", "c" };
        Console.WriteLine(names.Contains("a") + " " + names.Contains(null) + " " + names.Contains("z") + " " + names.IndexOf("a") + " " + names.LastIndexOf("a") + " " + names.IndexOf(null));
        Console.WriteLine(names.Remove("a") + " " + names.Remove("z") + " " + names.Remove(null) + " " + string.Join(",", names.Select(n => n ?? "null")));
        var ints = new List<int> { 3, -1, 0, 3 };
        Console.WriteLine(ints.IndexOf(3) + " " + ints.LastIndexOf(3) + " " + ints.Contains(0) + " " + ints.Remove(-1) + " " + ints.Count);
        var longs = new List<long> { 9007199254740993L, -5L, long.MaxValue };
        Console.WriteLine(longs.Contains(9007199254740993L) + " " + longs.IndexOf(long.MaxValue) + " " + longs.Contains(9007199254740992L));
        var chars = new List<char> { 'x', 'y' };
        Console.WriteLine(chars.IndexOf('y') + " " + chars.Contains('z'));
        var colors = new List<Color> { Color.Blue, Color.Red };
        Console.WriteLine(colors.IndexOf(Color.Red) + " " + colors.Contains(Color.Green) + " " + colors.Remove(Color.Blue) + " " + colors.Count);
        var doubles = new List<double> { 1.5, double.NaN, -0.0 };
        Console.WriteLine(doubles.Contains(double.NaN) + " " + doubles.IndexOf(double.NaN) + " " + doubles.Contains(0.0) + " " + doubles.IndexOf(0.0) + " " + doubles.Remove(double.NaN) + " " + doubles.Count);
        int?[] maybe = { 1, null, 2 };
        Console.WriteLine(Array.IndexOf(maybe, null) + " " + Array.IndexOf(maybe, 2) + " " + Array.LastIndexOf(new[] { "p", "q", "p" }, "p"));
        var points = new List<Point> { new(1, 2), new(3, 4) };
        Console.WriteLine(points.Contains(new Point(3, 4)) + " " + points.IndexOf(new Point(1, 2)) + " " + points.Remove(new Point(1, 2)) + " " + points.Count);
        var wanted = new List<string> { "b", "c" };
        Console.WriteLine(string.Join(",", new[] { "a", "b", "c", "d" }.Where(wanted.Contains)));
        Func<string, int> find = wanted.IndexOf;
        Console.WriteLine(find("c") + " " + find("q"));
    }
}
