using System;

public static class Program
{
    public static void Main()
    {
        uint a = 4000000000;
        uint b = 500000000;
        Console.WriteLine(a + b);
        Console.WriteLine(b - a);
        Console.WriteLine(a * 2);
        Console.WriteLine(a / 3 + " " + a % 7);
        Console.WriteLine(a > b);
        Console.WriteLine((int)a);
        Console.WriteLine((long)a + b);
        uint x = 1;
        for (int i = 0; i < 31; i++) x <<= 1;
        Console.WriteLine(x + " " + (x >> 31) + " " + (x | 1));
        uint top = uint.MaxValue;
        Console.WriteLine(top + " " + (top + 1u));
        Console.WriteLine(uint.Parse("4294967295"));
        int neg = -5;
        Console.WriteLine(unchecked((uint)neg));
        ushort port = 65000;
        Console.WriteLine((ushort)(port + 1000));
    }
}
