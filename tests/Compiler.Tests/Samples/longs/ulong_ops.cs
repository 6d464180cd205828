using System;

public static class Program
{
    public static void Main()
    {
        ulong max = ulong.MaxValue;
        Console.WriteLine(max);
        Console.WriteLine(max / 3);
        Console.WriteLine(max % 10);
        ulong x = 1UL << 63;
        Console.WriteLine(x + " " + (x >> 1) + " " + (x | 1));
        unchecked
        {
            Console.WriteLine(max + 1);
            Console.WriteLine(0UL - 1);
            Console.WriteLine((ulong)(-1L));
            Console.WriteLine((long)max);
            Console.WriteLine((uint)max + " " + (int)(max - 5));
        }
        Console.WriteLine(max.ToString("X") + " " + x.ToString("x16"));
        Console.WriteLine(ulong.Parse("18446744073709551615") == max);
        Console.WriteLine((double)max);
        Console.WriteLine(Convert.ToUInt64("42") * 1_000_000_000_000);
        ulong acc = 14695981039346656037;
        foreach (var b in "hello") { acc ^= b; acc = unchecked(acc * 1099511628211); }
        Console.WriteLine("fnv1a(hello) = " + acc + " = 0x" + acc.ToString("x16"));
        Console.WriteLine(max > x && x > 0);
        Console.WriteLine(Math.Max(max, 5UL) + " " + Math.Min(x, 7UL));
    }
}
