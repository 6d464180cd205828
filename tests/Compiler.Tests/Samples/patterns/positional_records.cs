using System;

record Point(int X, int Y);
record Line(Point From, Point To);

public static class Program
{
    static string Kind(Line l) => l switch
    {
        ((0, 0), (0, 0)) => "degenerate at origin",
        (var a, var b) when a == b => "degenerate",
        ({ X: var x1 }, { X: var x2 }) when x1 == x2 => "vertical",
        ((_, var y1), (_, var y2)) when y1 == y2 => "horizontal",
        _ => "diagonal",
    };

    public static void Main()
    {
        Console.WriteLine(Kind(new Line(new Point(0, 0), new Point(0, 0))));
        Console.WriteLine(Kind(new Line(new Point(1, 1), new Point(1, 1))));
        Console.WriteLine(Kind(new Line(new Point(2, 0), new Point(2, 5))));
        Console.WriteLine(Kind(new Line(new Point(0, 3), new Point(4, 3))));
        Console.WriteLine(Kind(new Line(new Point(0, 0), new Point(1, 2))));
        var p = new Point(3, 4);
        if (p is (3, var y)) Console.WriteLine("x is 3, y=" + y);
        var (px, py) = p;
        Console.WriteLine(px + py);
    }
}
