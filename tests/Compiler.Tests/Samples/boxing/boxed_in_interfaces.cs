using System;
using System.Collections.Generic;

public static class Program
{
    static int CompareAny(IComparable a, object b) => a.CompareTo(b);

    static string Fmt(IFormattable f) => f.ToString("N2", null);

    public static void Main()
    {
        IComparable x = 10;
        Console.WriteLine(CompareAny(x, 3) + " " + CompareAny(x, 10) + " " + CompareAny("b", "a"));
        try { CompareAny(5, "five"); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException " + (e.Message.Length > 0)); }
        Console.WriteLine(Fmt(1234.5) + " " + Fmt(7) + " " + Fmt(-0.126));
        IEquatable<int> eq = 4;
        Console.WriteLine(eq.Equals(4) + " " + eq.Equals(5));
        var comparables = new List<IComparable> { 3, 1, 2 };
        comparables.Sort();
        Console.WriteLine(string.Join(",", comparables));
        IConvertible conv = 65;
        Console.WriteLine(conv.ToString(null));
    }
}
