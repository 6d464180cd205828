using System;

public static class Program
{
    public static void Main()
    {
        byte b1 = 200, b2 = 100;
        int sum = b1 + b2;
        byte wrapped = (byte)(b1 + b2);
        Console.WriteLine(sum + " " + wrapped);
        short s1 = short.MaxValue;
        s1++;
        Console.WriteLine(s1);
        sbyte sb = 100;
        sb += 100;
        Console.WriteLine(sb);
        byte[] data = { 0x12, 0xAB, 0xFF };
        int packed = 0;
        foreach (var d in data) packed = (packed << 8) | d;
        Console.WriteLine(packed + " " + packed.ToString("X6"));
        Console.WriteLine((byte)~data[0]);
        Console.WriteLine(byte.MaxValue + short.MinValue);
        int big = 65601;
        char c = (char)big;
        Console.WriteLine((int)c);
    }
}
