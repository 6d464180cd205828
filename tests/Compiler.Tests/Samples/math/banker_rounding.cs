using System;

public static class Program
{
    public static void Main()
    {
        double[] xs = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001 };
        foreach (var x in xs) Console.WriteLine(x + " -> " + Math.Round(x));
        Console.WriteLine(Math.Round(2.345, 2) + " " + Math.Round(2.355, 2) + " " + Math.Round(1.005, 2));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero) + " " + Math.Round(-2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(12.3456, 1) + " " + Math.Round(-12.35, 1));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.7) + " " + Math.Truncate(2.7));
    }
}
