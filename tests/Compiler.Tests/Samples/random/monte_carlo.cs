using System;

public static class Program
{
    public static void Main()
    {
        var rng = new Random(12345);
        int inside = 0, n = 20000;
        for (int i = 0; i < n; i++)
        {
            double x = rng.NextDouble(), y = rng.NextDouble();
            if (x * x + y * y <= 1) inside++;
        }
        Console.WriteLine($"pi ~ {4.0 * inside / n:F4} ({inside} of {n})");
        var hist = new int[10];
        for (int i = 0; i < 1000; i++) hist[rng.Next(10)]++;
        Console.WriteLine(string.Join(" ", hist));
        double sum = 0;
        for (int i = 0; i < 100; i++) sum += rng.NextDouble() * 2 - 1;
        Console.WriteLine(sum.ToString("F6"));
    }
}
