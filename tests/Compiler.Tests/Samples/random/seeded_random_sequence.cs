using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var r = new Random(42);
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Select(_ => r.Next(100))));
        Console.WriteLine(r.Next() + " " + r.Next(5, 10) + " " + r.Next(-100, 100));
        Console.WriteLine(r.NextDouble().ToString("F6"));
        var r2 = new Random(42);
        Console.WriteLine(r2.Next(100) + " (same as the first above)");
        var r3 = new Random(0);
        Console.WriteLine(r3.Next() + " " + r3.Next() + " " + r3.Next());
        var r4 = new Random(int.MaxValue);
        Console.WriteLine(r4.Next(1000) + " " + r4.Next(1000));
        var r5 = new Random(-7);
        Console.WriteLine(r5.Next(1000) + " " + r5.NextInt64(1_000_000_000_000) + " " + r5.NextSingle().ToString("F4"));
        var bytes = new byte[8];
        new Random(1).NextBytes(bytes);
        Console.WriteLine(BitConverter.ToString(bytes));
    }
}
