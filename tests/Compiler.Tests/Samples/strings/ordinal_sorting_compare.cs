using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var xs = new List<string> { "b", "B", "a", "A", "_x", "10", "9", "é" };
        var ordinal = xs.OrderBy(s => s, StringComparer.Ordinal).ToList();
        Console.WriteLine(string.Join(" ", ordinal));
        xs.Sort(string.CompareOrdinal);
        Console.WriteLine(string.Join(" ", xs));
        Console.WriteLine(string.CompareOrdinal("a", "B") > 0);
        Console.WriteLine(string.Equals("abc", "ABC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("abc".Equals("abc"));
        Console.WriteLine("Hello World".IndexOf("world", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello".EndsWith("LO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("x".CompareTo(null));
    }
}
