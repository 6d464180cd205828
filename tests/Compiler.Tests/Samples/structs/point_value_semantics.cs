using System;

public struct Point
{
    public double X { get; set; }
    public double Y { get; set; }
    public Point(double x, double y) { X = x; Y = y; }
    public static Point operator +(Point a, Point b) => new Point(a.X + b.X, a.Y + b.Y);
    public static Point operator *(Point a, double k) => new Point(a.X * k, a.Y * k);
    public static bool operator ==(Point a, Point b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Point a, Point b) => !(a == b);
    public static implicit operator Point((double, double) t) => new Point(t.Item1, t.Item2);
    public static explicit operator double(Point p) => Math.Sqrt(p.X * p.X + p.Y * p.Y);
    public override bool Equals(object? o) => o is Point p && this == p;
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"({X}, {Y})";
}

public class Shape
{
    public Point Origin;
    public Point Corner { get; set; }
}

public static class Program
{
    static Point Move(Point p) { p.X += 100; return p; }
    static void MoveRef(ref Point p) { p.X += 100; }
    static void Make(out Point p) { p = new Point(7, 7); }
    static double Len(in Point p) => p.X + p.Y;

    public static void Main()
    {
        var a = new Point(1, 2);
        var b = a;
        b.X = 50;
        Console.WriteLine($"{a} {b}");
        var moved = Move(a);
        Console.WriteLine($"{a} {moved}");
        MoveRef(ref a);
        Console.WriteLine(a);
        Make(out var made);
        Console.WriteLine(made + " " + Len(made));
        Point fromTuple = (3, 4);
        Console.WriteLine($"{fromTuple} {(double)fromTuple} {fromTuple + a * 2}");
        Console.WriteLine($"{new Point(1, 1) == new Point(1, 1)} {new Point(1, 1).Equals(new Point(1, 2))} {default(Point)}");

        var s = new Shape();
        s.Origin.X = 5;
        var o = s.Origin;
        o.Y = 9;
        var corner = s.Corner;
        corner.X = 3;
        Console.WriteLine($"{s.Origin} {o} {s.Corner} {corner}");
        s.Corner = corner;
        corner.Y = 1;
        Console.WriteLine($"{s.Corner} {corner}");
        object boxed = a;
        a.Y = -1;
        Console.WriteLine($"{boxed} {a} {boxed.Equals(new Point(101, 2))}");
    }
}
