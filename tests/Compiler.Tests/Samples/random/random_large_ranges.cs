using System;

public static class Program
{
    public static void Main()
    {
        var r = new Random(31337);
        Console.WriteLine(r.Next(int.MinValue, int.MaxValue));
        Console.WriteLine(r.Next(0, int.MaxValue));
        Console.WriteLine(r.Next(-1_000_000_000, 2_000_000_000));
        Console.WriteLine(r.NextInt64());
        Console.WriteLine(r.NextInt64(long.MinValue, long.MaxValue));
        Console.WriteLine(r.Next(1));
        Console.WriteLine(r.Next(0));
        try { r.Next(5, 1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(r.NextDouble());
    }
}
