using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static long Fib(int n)
    {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) { var t = a + b; a = b; b = t; }
        return a;
    }

    static long ModPow(long b, long e, long m)
    {
        long r = 1;
        b %= m;
        while (e > 0)
        {
            if ((e & 1) == 1) r = (long)((ulong)r * (ulong)b % (ulong)m);
            b = (long)((ulong)b * (ulong)b % (ulong)m);
            e >>= 1;
        }
        return r;
    }

    public static void Main()
    {
        Console.WriteLine(Fib(80) + " " + Fib(90) + " " + Fib(92));
        Console.WriteLine(ModPow(2, 62, long.MaxValue) + " " + ModPow(3, 200, 1_000_000_007));
        var bytes = new List<long> { 4_000_000_000, 5_000_000_000, 6_000_000_000, 1 };
        Console.WriteLine(bytes.Sum() + " " + bytes.Max() + " " + bytes.Min() + " " + bytes.Average());
        Console.WriteLine(string.Join(",", bytes.OrderByDescending(b => b)));
        long total = 0;
        foreach (var b in new[] { long.MaxValue / 2, long.MaxValue / 2 }) total += b;
        Console.WriteLine(total);
        Console.WriteLine(Enumerable.Range(1, 30).Select(i => 1L << i).Sum());
        Console.WriteLine(new[] { 9_007_199_254_740_993L, 9_007_199_254_740_992L }.Distinct().Count());
        Console.WriteLine(new[] { 3L, 1L, 2L }.Aggregate(1L, (acc, x) => acc * 1_000_000_007 + x));
    }
}
