using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        long big = 12345678901234567;
        Console.WriteLine(big);
        Console.WriteLine(big + 1);
        Console.WriteLine(big * 3);
        Console.WriteLine(long.MaxValue + " " + long.MinValue);
        Console.WriteLine(long.MaxValue / 7 + " " + long.MaxValue % 1000);
        long a = 9_007_199_254_740_993;
        Console.WriteLine(a - 9_007_199_254_740_992);
        Console.WriteLine(a == 9_007_199_254_740_992);
        Console.WriteLine((double)a);
        Console.WriteLine((long)9.007199254740993E15);
        long f = 1;
        for (int i = 1; i <= 20; i++) f *= i;
        Console.WriteLine("20! = " + f);
        Console.WriteLine(f.ToString("N0") + " " + f.ToString("X") + " " + (-f).ToString("D25"));
        var ids = new Dictionary<long, string> { [9_007_199_254_740_993] = "odd", [9_007_199_254_740_992] = "even" };
        Console.WriteLine(ids.Count + " " + ids[9_007_199_254_740_993]);
        Console.WriteLine(long.Parse("-9223372036854775808") + " " + long.TryParse("9223372036854775808", out var overflow) + " " + overflow);
        Console.WriteLine(Math.Abs(-1234567890123456789L) + " " + Math.Max(big, 2 * big) + " " + Math.Sign(-big));
        Console.WriteLine(big.CompareTo(big + 1) + " " + (big < big + 1));
        Console.WriteLine($"{big,25}|{big:E3}|{big % 97}");
    }
}
