using System;

using System.Collections.Generic;
using System.Linq;

public enum Level { Trace, Debug, Info, Warn, Error }

public static class Program
{
    static object Max(IEnumerable<object> xs)
    {
        object best = null!;
        foreach (var x in xs)
            if (best == null || ((IComparable)x).CompareTo(best) > 0) best = x;
        return best;
    }

    public static void Main()
    {
        Console.WriteLine(Max(new object[] { 3, 9, 4 }));
        Console.WriteLine(Max(new object[] { "pear", "apple", "zoo" }));
        Console.WriteLine(Max(new object[] { Level.Info, Level.Error, Level.Debug }));
        Console.WriteLine(Max(new object[] { 2.5, -1.0 }));
        var mixed = new List<object> { 5, "five", 5.0, Level.Warn, 'c', 5L };
        foreach (var m in mixed) Console.Write(m + ":" + (m is int ? "int" : m is long ? "long" : m is double ? "double" : m is Level ? "level" : m is char ? "char" : "string") + " ");
        Console.WriteLine();
        var ints = mixed.OfType<int>().ToList();
        Console.WriteLine(ints.Count + " " + ints[0]);
        object boxed = 7;
        int unboxed = (int)boxed;
        boxed = unboxed + 1;
        Console.WriteLine(boxed + " " + unboxed);
        var sorted = new List<object> { 3, 1, 2 }.OrderBy(o => (int)o).ToList();
        Console.WriteLine(string.Join(",", sorted));
        var levels = new object[] { Level.Warn, Level.Trace }.Cast<Level>().Select(l => (int)l);
        Console.WriteLine(string.Join(",", levels));
    }
}
