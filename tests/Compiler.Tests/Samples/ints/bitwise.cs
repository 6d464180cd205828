using System;

public static class Program
{
    public static void Main()
    {
        int x = 0b1011_0110;
        Console.WriteLine(x + " " + (x & 0xF) + " " + (x | 1) + " " + (x ^ 0xFF) + " " + ~x);
        Console.WriteLine((1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (-16 >> 2));
        Console.WriteLine((uint)0x80000000 >> 4);
        Console.WriteLine(-16 >>> 28);
        uint u = 0xDEADBEEF;
        Console.WriteLine(u + " " + (u >> 16) + " " + (u & 0xFFFF) + " " + u.ToString("X"));
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 5;
        Console.WriteLine(flags + " " + ((flags & (1 << 3)) != 0) + " " + ((flags & (1 << 4)) != 0));
        int pop = 0;
        for (int v = 0x7F7F; v != 0; v &= v - 1) pop++;
        Console.WriteLine(pop);
        Console.WriteLine(0x7FFFFFFF + " " + 0xFF + " " + 1_000_000);
    }
}
