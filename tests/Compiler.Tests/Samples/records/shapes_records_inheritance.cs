using System;
using System.Collections.Generic;
using System.Linq;

public abstract record Shape(string Name)
{
    public abstract double Area { get; }
    public virtual string Describe() => $"{Name} with area {Area:F2}";
}

public record Circle(double Radius) : Shape("circle")
{
    public override double Area => Math.PI * Radius * Radius;
}

public record Rect(double W, double H) : Shape("rect")
{
    public override double Area => W * H;
    public bool IsSquare => W == H;
    public override string Describe() => base.Describe() + (IsSquare ? " (square)" : "");
}

public sealed record Labeled(Shape Inner, string Label) : Shape("labeled:" + Label)
{
    public override double Area => Inner.Area;
}

public readonly record struct Point(int X, int Y)
{
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
    public double Length => Math.Sqrt(X * X + Y * Y);
}

public static class Program
{
    public static void Main()
    {
        var shapes = new List<Shape> { new Circle(1), new Rect(2, 3), new Rect(2, 2), new Labeled(new Circle(0.5), "dot") };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        Console.WriteLine(shapes[1]);
        Console.WriteLine(shapes[3]);
        var bigger = shapes.OfType<Rect>().Select(r => r with { W = r.W * 2 }).ToList();
        Console.WriteLine(string.Join(" | ", bigger));
        Console.WriteLine(new Rect(2, 2) == new Rect(2, 2) ? "equal" : "different");
        Console.WriteLine(new Rect(2, 2).Equals(new Rect(2.0, 2.0)) + " " + ReferenceEquals(shapes[2], new Rect(2, 2)));
        Shape copy = shapes[0] with { };
        Console.WriteLine(copy == shapes[0] && !ReferenceEquals(copy, shapes[0]));
        var (name, area) = (shapes[1].Name, shapes[1].Area);
        Console.WriteLine($"{name}: {area}");
        if (shapes[1] is Rect(var w, var h) { IsSquare: false }) Console.WriteLine($"w={w} h={h}");
        var total = shapes.Sum(s => s.Area);
        Console.WriteLine(total.ToString("0.000"));
        var p = new Point(3, 4) + new Point(1, -1);
        Console.WriteLine($"{p} {p.Length:F3} {p with { Y = 0 }}");
        var seen = new HashSet<Point> { new(1, 1), new(1, 1), new(2, 1) };
        Console.WriteLine(seen.Count + " " + seen.Contains(new Point(2, 1)));
        var lookup = shapes.ToDictionary(s => s.Name);
        Console.WriteLine(lookup["circle"] is Circle { Radius: 1 } c ? $"found r={c.Radius}" : "missing");
    }
}
