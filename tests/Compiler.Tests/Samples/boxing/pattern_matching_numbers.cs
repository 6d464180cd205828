using System;
using System.Collections.Generic;

public static class Program
{
    static string Size(object o) => o switch
    {
        byte b => $"byte {b}",
        short s => $"short {s}",
        int i and < 0 => $"negative int {i}",
        int i and >= 1000 => $"big int {i}",
        int i => $"int {i}",
        long l => $"long {l}",
        float f when float.IsNaN(f) => "float NaN",
        float f => $"float {f}",
        double d => $"double {d}",
        decimal m => $"decimal {m}",
        uint u => $"uint {u}",
        _ => "other",
    };

    public static void Main()
    {
        var values = new object[] { (byte)1, (short)2, -3, 4, 5000, 6L, float.NaN, 7.5f, 8.25, 9.125m, 10u, "x" };
        foreach (var v in values) Console.WriteLine(Size(v));
        object n = 42;
        if (n is int and (> 40 and < 50)) Console.WriteLine("forties");
        if (n is not long) Console.WriteLine("not a long");
        var counts = new Dictionary<string, int>();
        foreach (var v in values) { var k = v.GetType().Name; counts[k] = counts.GetValueOrDefault(k) + 1; }
        Console.WriteLine(string.Join(" ", counts));
    }
}
