using System;
using System.Collections.Generic;

// One equality rule for IndexOf/LastIndexOf/Contains on List<T>, T[] and IList<T>: EqualityComparer<T>.Default
// (records by value, NaN equal to NaN).
public record P(int X);

public static class Program
{
    public static void Main()
    {
        var ps = new List<P> { new P(1), new P(2), new P(1) };
        Console.WriteLine(ps.IndexOf(new P(1)) + " " + ps.LastIndexOf(new P(1)) + " " + ps.Contains(new P(2)));
        var arr = ps.ToArray();
        Console.WriteLine(Array.IndexOf(arr, new P(2)) + " " + Array.LastIndexOf(arr, new P(1)) + " " + Array.IndexOf(arr, new P(9)));
        IList<P> il = ps;
        Console.WriteLine(il.IndexOf(new P(2)));
        var ds = new List<double> { 1, double.NaN, 2, double.NaN };
        Console.WriteLine(ds.IndexOf(double.NaN) + " " + ds.LastIndexOf(double.NaN) + " " + ds.Contains(double.NaN));
        var da = new[] { double.NaN, 3.0 };
        Console.WriteLine(Array.IndexOf(da, double.NaN) + " " + Array.IndexOf(da, 3.0) + " " + Array.LastIndexOf(da, 4.0));
        var words = new List<string> { "a", "b", "a" };
        Console.WriteLine(words.IndexOf("a", 1) + " " + words.LastIndexOf("a"));
    }
}
