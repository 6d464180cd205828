using System;

// Numbers in concatenations and interpolations: after the first part the sum is already a string, so a
// number joins it as its String() (ints, unsigned, bytes, longs past 2^53, nullable and first-part numbers).
public static class Program
{
    public static void Main()
    {
        int n = 1, m = 2;
        uint u = 4000000000;
        byte b = 255;
        sbyte sb = -5;
        long big = 9007199254740993L;
        ulong ubig = 18446744073709551615UL;
        short sh = -32768;
        int? maybe = null;
        Console.WriteLine("x" + n + m);
        Console.WriteLine(n + m + "x" + n + m);
        Console.WriteLine(n + "" + m);
        Console.WriteLine("sum " + (n + m) + " diff " + (n - m) + " neg " + -n + " " + (n > m ? n : m));
        Console.WriteLine("u=" + u + " b=" + b + " sb=" + sb + " sh=" + sh + " big=" + big + " ubig=" + ubig + " big+1=" + (big + 1));
        Console.WriteLine("maybe=" + maybe + "|" + (maybe ?? 7) + "|" + (int.MaxValue + n) + "|" + unchecked(int.MinValue - n));
        Console.WriteLine($"{n}{m} {n + m} [{u}] {big}{ubig}");
        Console.WriteLine($"{n}" + m + 'c' + 1.5 + n);
        string s = "a" + n;
        s += m;
        s += n + m;
        Console.WriteLine(s + (s.Length + n));
    }
}
