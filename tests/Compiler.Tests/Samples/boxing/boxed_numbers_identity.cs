using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static string Kind(object o) => o.GetType().Name;

    public static void Main()
    {
        object i = 42, l = 42L, d = 42.0, f = 42f, b = (byte)42, s = (short)42, u = 42u, c = '*', m = 42m;
        var all = new[] { i, l, d, f, b, s, u, c, m };
        Console.WriteLine(string.Join(" ", all.Select(Kind)));
        Console.WriteLine(string.Join(" ", all));
        Console.WriteLine(i.Equals(l) + " " + i.Equals(42) + " " + d.Equals(42.0) + " " + d.Equals(i) + " " + m.Equals(42m));
        Console.WriteLine((i == l) + " " + object.Equals(i, 42) + " " + ReferenceEquals(i, i));
        double whole = 7;
        Console.WriteLine(whole.GetType().Name + " " + 7.GetType().Name + " " + ((object)whole).GetType().Name + " " + 'x'.GetType().FullName);
        var counts = all.GroupBy(Kind).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(",", counts));
        try { var bad = (int)l; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("long is not int"); }
        try { var bad = (decimal)i; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("int is not decimal"); }
        Console.WriteLine((long)l + 1 + " " + ((decimal)m + 0.5m) + " " + (char)c);
        object? nothing = null;
        try { var n = (int)nothing!; Console.WriteLine(n); }
        catch (NullReferenceException) { Console.WriteLine("null unbox"); }
        Console.WriteLine(all.OfType<int>().Count() + " " + all.OfType<double>().Sum() + " " + all.OfType<decimal>().First());
        Console.WriteLine(i.GetHashCode() == 42.GetHashCode());
    }
}
