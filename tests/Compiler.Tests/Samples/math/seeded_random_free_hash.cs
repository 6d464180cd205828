using System;

// A deterministic pseudo-random generator written in C# (no System.Random): xorshift32 on int.
class XorShift
{
    private uint state;
    public XorShift(uint seed) { state = seed; }
    public uint Next()
    {
        uint x = state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        state = x;
        return x;
    }
    public int NextInt(int max) => (int)(Next() % (uint)max);
}

public static class Program
{
    static int Fnv1a(string s)
    {
        unchecked
        {
            uint h = 2166136261;
            foreach (char c in s) { h ^= c; h *= 16777619; }
            return (int)h;
        }
    }

    public static void Main()
    {
        var r = new XorShift(2463534242);
        for (int i = 0; i < 5; i++) Console.Write(r.Next() + " ");
        Console.WriteLine();
        for (int i = 0; i < 8; i++) Console.Write(r.NextInt(6) + " ");
        Console.WriteLine();
        Console.WriteLine(Fnv1a("hello") + " " + Fnv1a("") + " " + Fnv1a("WebRTC"));
    }
}
