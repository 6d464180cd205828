using System;

public static class Program
{
    public static void Main()
    {
        long a = 4_000_000_000;
        long b = a * 1000;
        Console.WriteLine(b);
        Console.WriteLine(b + 1);
        Console.WriteLine(b / 3 + " " + b % 3);
        long ms = 1_700_000_000_123;
        Console.WriteLine(ms / 1000 + " " + ms % 1000);
        long neg = -ms;
        Console.WriteLine(neg / 1000 + " " + neg % 1000);
        int i = 2_000_000_000;
        long sum = (long)i + i;
        Console.WriteLine(sum);
        long mixed = i * 2L;
        Console.WriteLine(mixed);
        Console.WriteLine(9007199254740991L);
        Console.WriteLine(long.Parse("-9007199254740991") + 1);
        Console.WriteLine((int)(ms % 1000) + 1);
        Console.WriteLine(Math.Max(a, 5L) + " " + Math.Abs(-a));
        long counter = 0;
        for (int k = 0; k < 100; k++) counter += 123_456_789_012;
        Console.WriteLine(counter);
        Console.WriteLine(counter.ToString("N0"));
        Console.WriteLine((double)counter / 1e9);
    }
}
