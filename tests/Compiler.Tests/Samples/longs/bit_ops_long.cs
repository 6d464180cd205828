using System;
using System.Numerics;

public static class Program
{
    static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));

    public static void Main()
    {
        long v = 0x0123_4567_89AB_CDEF;
        Console.WriteLine(v.ToString("X16"));
        Console.WriteLine((v >> 8).ToString("X") + " " + (v << 4).ToString("X") + " " + (v & 0xFFFF).ToString("X") + " " + (~v).ToString("X"));
        long neg = -16;
        Console.WriteLine((neg >> 2) + " " + (neg >>> 60) + " " + (neg ^ 0xFF));
        Console.WriteLine(BitOperations.PopCount(0xFFFF_0000_FFFF_0000UL) + " " + BitOperations.LeadingZeroCount(1UL) + " " + BitOperations.TrailingZeroCount(1UL << 40));
        Console.WriteLine(BitOperations.Log2(1_000_000_000_000UL) + " " + BitOperations.RotateLeft(0x8000_0000_0000_0001UL, 1));
        Console.WriteLine(Rotl(0xF000_0000_0000_000FUL, 4).ToString("X"));
        Console.WriteLine((1L << 62) + " " + (1L << 63) + " " + (1L << 64) + " " + (1L << 65));
        int shift = 70;
        Console.WriteLine((3L << shift) + " " + (long.MinValue >> 63) + " " + (ulong.MaxValue >> 60));
        Console.WriteLine(long.IsPow2(1L << 40) + " " + ulong.IsPow2(12UL) + " " + long.PopCount(-1L));
        uint u = 0xDEADBEEF;
        Console.WriteLine((u >> 16).ToString("X") + " " + BitOperations.RotateRight(u, 8).ToString("X8"));
        Console.WriteLine(((long)u << 8) + " " + (u << 8));
    }
}
