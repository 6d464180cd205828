using System;
using System.Collections.Generic;

sealed class Backoff
{
    private readonly Random rng;
    private readonly int baseMs, capMs;
    private int attempt;
    public Backoff(int seed, int baseMs, int capMs) { rng = new Random(seed); this.baseMs = baseMs; this.capMs = capMs; }

    public int NextDelay()
    {
        attempt++;
        int exp = (int)Math.Min(capMs, baseMs * Math.Pow(2, attempt));
        return rng.Next(exp / 2, exp + 1);
    }
}

public static class Program
{
    public static void Main()
    {
        var b = new Backoff(99, 100, 5000);
        var delays = new List<int>();
        for (int i = 0; i < 8; i++) delays.Add(b.NextDelay());
        Console.WriteLine(string.Join(" ", delays));
        var id = new Random(5);
        var chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int k = 0; k < 3; k++)
        {
            var s = new char[8];
            for (int i = 0; i < s.Length; i++) s[i] = chars[id.Next(chars.Length)];
            Console.WriteLine(new string(s));
        }
        var weighted = new Random(3);
        var counts = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0, ["c"] = 0 };
        for (int i = 0; i < 500; i++)
        {
            var x = weighted.NextDouble();
            counts[x < 0.6 ? "a" : x < 0.9 ? "b" : "c"]++;
        }
        Console.WriteLine(string.Join(" ", counts));
    }
}
