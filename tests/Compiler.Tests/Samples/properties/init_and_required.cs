using System;

class Point
{
    public int X { get; init; }
    public int Y { get; init; } = -1;
    public string Tag { get; init; } = "none";
    public override string ToString() => $"P({X},{Y},{Tag})";
}

class Temp
{
    private double celsius;
    public double Celsius { get => celsius; set => celsius = value; }
    public double Fahrenheit { get => celsius * 9 / 5 + 32; set => celsius = (value - 32) * 5 / 9; }
}

public static class Program
{
    public static void Main()
    {
        var p = new Point { X = 3 };
        var q = new Point { X = 1, Y = 2, Tag = "q" };
        Console.WriteLine(p);
        Console.WriteLine(q);
        var t = new Temp { Celsius = 100 };
        Console.WriteLine(t.Fahrenheit);
        t.Fahrenheit = 32;
        Console.WriteLine(t.Celsius);
        t.Fahrenheit += 18;
        Console.WriteLine(t.Celsius);
    }
}
