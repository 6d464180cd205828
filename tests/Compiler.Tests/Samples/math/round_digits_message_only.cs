using System;
using System.Collections.Generic;

// A program that reads only Message (its catch blocks cannot tell exception classes apart): Math.Round
// with bad digits and List.GetRange with bad arguments still give .NET's messages.
public static class Program
{
    static void Try(string label, Func<string> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + " failed: " + e.Message); }
    }

    public static void Main()
    {
        double x = 1.23456;
        int bad = 16, ok = 2;
        Try("round ok", () => Math.Round(x, ok).ToString());
        Try("round 16", () => Math.Round(x, bad).ToString());
        Try("round -3", () => Math.Round(x, -3, MidpointRounding.AwayFromZero).ToString());
        var list = new List<int> { 1, 2, 3, 4 };
        int minus = -1, two = 2, five = 5;
        Try("range ok", () => string.Join(",", list.GetRange(1, two)));
        Try("range index", () => string.Join(",", list.GetRange(minus, two)));
        Try("range count", () => string.Join(",", list.GetRange(two, minus)));
        Try("range past end", () => string.Join(",", list.GetRange(two, five)));
    }
}
