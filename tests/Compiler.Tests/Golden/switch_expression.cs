using System;

abstract class Shape { }
class Circle : Shape { public double R; public Circle(double r) { R = r; } }
class Rect : Shape { public double W, H; public Rect(double w, double h) { W = w; H = h; } }

public static class Program
{
    static double Area(Shape s) => s switch
    {
        Circle c => Math.PI * c.R * c.R,
        Rect { W: var w, H: var h } when w == h => w * w,
        Rect r => r.W * r.H,
        _ => throw new ArgumentException("unknown shape"),
    };

    static string Grade(int score) => score switch
    {
        >= 90 => "A",
        >= 80 and < 90 => "B",
        >= 70 => "C",
        < 0 or > 100 => "invalid",
        _ => "F",
    };

    static string Quadrant(int x, int y) => (x, y) switch
    {
        (0, 0) => "origin",
        ( > 0, > 0) => "I",
        ( < 0, > 0) => "II",
        ( < 0, < 0) => "III",
        ( > 0, < 0) => "IV",
        _ => "axis",
    };

    public static void Main()
    {
        Console.WriteLine(Area(new Circle(1)).ToString("F4"));
        Console.WriteLine(Area(new Rect(3, 3)) + " " + Area(new Rect(2, 5)));
        foreach (var s in new[] { 95, 85, 75, 50, -1, 101 }) Console.Write(Grade(s) + " ");
        Console.WriteLine();
        Console.WriteLine(Quadrant(0, 0) + Quadrant(1, 2) + Quadrant(-1, 2) + Quadrant(-1, -1) + Quadrant(3, -3) + Quadrant(0, 5));
        try { Area(null!); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        var day = 6;
        Console.WriteLine(day switch { 0 or 6 => "weekend", _ => "weekday" });
    }
}
