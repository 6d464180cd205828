using System;

public static class Program
{
    public static void Main()
    {
        double[] xs = { 0.1, 1.0 / 3, 123.456, 1e-7, 5e-324, 1.7976931348623157e308, 0.30000000000000004, 100, -2.5e-3 };
        foreach (var x in xs)
        {
            var s = x.ToString();
            var r = x.ToString("R");
            var back = double.Parse(s);
            Console.WriteLine(s + " | " + r + " | " + (back == x));
        }
        Console.WriteLine(double.Parse("1E+3") + " " + double.Parse("-0") + " " + double.Parse("  4.5  "));
        Console.WriteLine(double.TryParse("1.2.3", out var bad) + " " + bad);
        Console.WriteLine((0.1).ToString("F20").Length > 0);
        Console.WriteLine(Math.Round(0.1 + 0.2, 10));
    }
}
