using System;

public enum Color { Red, Green, Blue }
public record Point(int X, int Y);

public static class Program
{
    static string Format(object value) => value switch
    {
        null => "(null)",
        int n when n < 0 => $"negative int {n}",
        int n => $"int {n:D3}",
        double d when double.IsNaN(d) => "NaN",
        double d => $"double {d:F2}",
        Color.Red => "the red one",
        Color c => $"color {c} ({(int)c})",
        string { Length: 0 } => "empty string",
        string s => $"string of {s.Length}",
        Point { X: 0, Y: 0 } => "origin",
        Point p => $"point {p.X},{p.Y}",
        char ch => $"char '{ch}' = {(int)ch}",
        _ => "unknown " + value.GetType().Name,
    };

    static int Weight(object o)
    {
        switch (o)
        {
            case bool b: return b ? 1 : 0;
            case byte by: return by;
            case long l when l > int.MaxValue: return int.MaxValue;
            case long l: return (int)l;
            case Color c: return 100 + (int)c;
            default: return -1;
        }
    }

    public static void Main()
    {
        object[] inputs = { 7, -2, 3.14159, double.NaN, Color.Red, Color.Blue, "", "hello", new Point(0, 0), new Point(2, 3), 'A', 4.5f, 12L };
        foreach (var x in inputs) Console.WriteLine(Format(x));
        object[] more = { true, false, (byte)200, 5_000_000_000L, 77L, Color.Green, "x" };
        foreach (var x in more) Console.Write(Weight(x) + " ");
        Console.WriteLine();
    }
}
