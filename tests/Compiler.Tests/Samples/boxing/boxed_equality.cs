using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        object a = 5, b = 5, c = 5.0, d = 5L;
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(d) + " " + Equals(a, b) + " " + ReferenceEquals(a, b));
        Console.WriteLine(a.GetHashCode() + " " + b.GetHashCode() + " " + ((object)true).GetHashCode());
        Console.WriteLine(a.GetType().Name + " " + d.GetType().Name);
        var list = new List<object> { 1, 2.0, 'q', "1" };
        Console.WriteLine(list.Contains(1) + " " + list.Contains(2) + " " + list.Contains(2.0) + " " + list.IndexOf('q') + " " + list.Contains("1"));
        object ch = 'A';
        Console.WriteLine(ch + " " + ch.Equals('A') + " " + (ch is char) + " " + (ch is string));
        object f = 0.1f;
        Console.WriteLine(f + " " + (f is float) + " " + (f is double));
    }
}
