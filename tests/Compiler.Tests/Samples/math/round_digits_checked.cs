using System;

// Math.Round's digits: literals in range need no check; out-of-range digits (literal or not) throw
// ArgumentOutOfRangeException with .NET's message and parameter name, seen through its class.
public static class Program
{
    static void Try(string label, Func<double> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(label + ": " + e.GetType().Name + " [" + e.ParamName + "] " + e.Message); }
    }

    public static void Main()
    {
        double x = 2.34567, half = 2.5, neg = -12.345;
        Console.WriteLine(Math.Round(x) + " " + Math.Round(half) + " " + Math.Round(neg));
        Console.WriteLine(Math.Round(x, 0) + " " + Math.Round(x, 2) + " " + Math.Round(x, 15) + " " + Math.Round(neg, 1));
        Console.WriteLine(Math.Round(half, MidpointRounding.AwayFromZero) + " " + Math.Round(neg, 2, MidpointRounding.ToZero)
            + " " + Math.Round(neg, 1, MidpointRounding.ToNegativeInfinity) + " " + Math.Round(x, 3, MidpointRounding.ToPositiveInfinity));
        for (int d = -1; d <= 16; d += 17) Try("digits " + d, () => Math.Round(x, d));
        int three = 3;
        Try("digits 3", () => Math.Round(x, three));
        Try("literal -1", () => Math.Round(x, -1));
        Try("literal 16", () => Math.Round(x, 16, MidpointRounding.AwayFromZero));
        Try("literal 99", () => Math.Round(x, 99));
        Console.WriteLine((float)Math.Round(1.5f) + " " + MathF.Round(2.5f));
    }
}
