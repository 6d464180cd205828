using System;
using System.Collections.Generic;

sealed class SplitMix64
{
    private ulong state;
    public SplitMix64(ulong seed) { state = seed; }

    public ulong Next()
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public int NextInt(int bound) => (int)(Next() % (ulong)bound);
}

static class Hashing
{
    public static ulong Fnv1a64(string s)
    {
        ulong h = 0xcbf29ce484222325;
        foreach (char c in s) { h ^= c; h = unchecked(h * 0x100000001b3); }
        return h;
    }

    public static int JumpConsistentHash(ulong key, int buckets)
    {
        long b = -1, j = 0;
        while (j < buckets)
        {
            b = j;
            key = unchecked(key * 2862933555777941757UL + 1);
            j = (long)((b + 1) * ((double)(1L << 31) / (double)((key >> 33) + 1)));
        }
        return (int)b;
    }
}

public static class Program
{
    public static void Main()
    {
        var rng = new SplitMix64(42);
        for (int i = 0; i < 4; i++) Console.WriteLine(rng.Next());
        var dice = new int[6];
        for (int i = 0; i < 600; i++) dice[rng.NextInt(6)]++;
        Console.WriteLine(string.Join(",", dice));
        foreach (var s in new[] { "", "a", "agent-42", "teams.microsoft.com" })
            Console.WriteLine($"{s,-20} {Hashing.Fnv1a64(s):x16} bucket {Hashing.JumpConsistentHash(Hashing.Fnv1a64(s), 10)}");
        var seen = new HashSet<ulong>();
        var r2 = new SplitMix64(0);
        for (int i = 0; i < 1000; i++) seen.Add(r2.Next() >> 54);
        Console.WriteLine(seen.Count);
    }
}
