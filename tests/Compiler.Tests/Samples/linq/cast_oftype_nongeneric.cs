using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public interface IShape { double Area { get; } }
public sealed class Rect : IShape { public double W, H; public Rect(double w, double h) { W = w; H = h; } public double Area => W * H; public override string ToString() => $"Rect {W}x{H}"; }
public sealed class Circle : IShape { public double R; public Circle(double r) => R = r; public double Area => 3 * R * R; public override string ToString() => $"Circle {R}"; }

public sealed class Bag : IEnumerable
{
    readonly List<object?> items = new();
    public void Add(object? o) => items.Add(o);
    public IEnumerator GetEnumerator() => items.GetEnumerator();
}

public static class Program
{
    static int CountAll(IEnumerable xs)
    {
        int n = 0;
        var e = xs.GetEnumerator();
        while (e.MoveNext()) if (e.Current != null) n++;
        return n;
    }

    public static void Main()
    {
        var bag = new Bag { new Rect(2, 3), "label", new Circle(1), 42, null, new Rect(1, 1), 2.5 };
        Console.WriteLine(CountAll(bag));
        Console.WriteLine(string.Join("; ", bag.OfType<IShape>().Select(s => s + "=" + s.Area)));
        Console.WriteLine(bag.OfType<Rect>().Sum(r => r.W) + " " + bag.OfType<string>().Single() + " " + bag.OfType<int>().First());
        IEnumerable shapes = new List<IShape> { new Rect(4, 1), new Circle(2) };
        Console.WriteLine(shapes.Cast<IShape>().Max(s => s.Area));
        try { Console.WriteLine(shapes.Cast<Rect>().ToList().Count); }
        catch (InvalidCastException e) { Console.WriteLine("InvalidCastException: " + e.Message); }
        var lazy = shapes.Cast<Circle>();
        Console.WriteLine("deferred, nothing thrown yet");
        try { foreach (var c in lazy) Console.WriteLine(c); }
        catch (InvalidCastException) { Console.WriteLine("thrown on enumeration"); }
        IEnumerable words = new[] { "x", "yy", "zzz" };
        Console.WriteLine(words.Cast<string>().Sum(w => w.Length) + " " + words.Cast<object>().Count());
        var numbers = new List<object> { 1, 2, 3 };
        Console.WriteLine(numbers.Cast<int>().Sum() + " " + numbers.OfType<int>().Average());
        var it = ((IEnumerable)new[] { 10, 20 }).GetEnumerator();
        while (it.MoveNext()) Console.Write(it.Current + ";");
        Console.WriteLine();
    }
}
