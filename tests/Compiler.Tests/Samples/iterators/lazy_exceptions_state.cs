using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Checked(IEnumerable<int> xs)
    {
        if (xs == null) throw new ArgumentNullException(nameof(xs));
        foreach (var x in xs)
        {
            if (x < 0) throw new ArgumentException("negative element " + x);
            yield return x * 10;
        }
    }

    static IEnumerable<string> Numbered(IEnumerable<string> lines)
    {
        int n = 0;
        foreach (var l in lines) yield return (++n).ToString().PadLeft(3) + ": " + l;
    }

    public static void Main()
    {
        var q = Checked(new[] { 1, 2, -3, 4 });
        Console.WriteLine("created lazily");
        try { foreach (var x in q) Console.WriteLine(x); }
        catch (ArgumentException e) { Console.WriteLine("failed late: " + e.Message); }
        var lazyNull = Checked(null!);
        Console.WriteLine("null accepted until enumerated");
        try { lazyNull.ToList(); }
        catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        var numbered = Numbered(new[] { "alpha", "beta" });
        foreach (var l in numbered) Console.WriteLine(l);
        foreach (var l in numbered.Take(1)) Console.WriteLine(l);
    }
}
