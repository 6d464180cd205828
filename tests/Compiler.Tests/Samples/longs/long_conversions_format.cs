using System;
using System.Globalization;

public static class Program
{
    public static void Main()
    {
        long ms = 1_717_171_717_171;
        Console.WriteLine(ms / 1000 + " s, " + ms % 1000 + " ms");
        Console.WriteLine(DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm:ss"));
        long ticks = TimeSpan.FromDays(3650).Ticks;
        Console.WriteLine(ticks + " " + new DateTime(2024, 1, 1).Ticks);
        Console.WriteLine(TimeSpan.FromTicks(ticks).TotalDays);
        int i = int.MaxValue;
        long widened = i;
        Console.WriteLine(widened * 2 + " " + (long)i * i + " " + i * 2);
        long three = 3_000_000_000, seventy = 70000, three100 = 300, two100 = 200;
        Console.WriteLine((int)three + " " + (short)seventy + " " + (byte)three100 + " " + (sbyte)two100);
        Console.WriteLine((long)3.99 + " " + (long)-3.99 + " " + Convert.ToInt64(3.5) + " " + Convert.ToInt64(4.5) + " " + Math.Round(2.5e15));
        Console.WriteLine(long.Parse("  123456789012  ") + " " + long.Parse("ff", NumberStyles.HexNumber) + " " + Convert.ToInt64("7fffffffffffffff", 16));
        Console.WriteLine(string.Format("{0:N0}|{0:X}|{0:D12}|{0,15}|{0:0,0.00}", 98765432109L));
        Console.WriteLine(1e15.ToString() + " " + ((long)1e15).ToString() + " " + 123456789012345678L.ToString("E2"));
        Console.WriteLine(((float)16777217L) + " " + ((double)long.MaxValue) + " " + (decimal)long.MaxValue);
        Console.WriteLine(Convert.ToString(255L, 2) + " " + Convert.ToString(-1L, 16));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0).ToString("X") + " " + BitConverter.Int64BitsToDouble(0x400921FB54442D18));
        Console.WriteLine(unchecked((long)0xFFFF_FFFF_FFFF_FFFFUL) + " " + long.MaxValue.ToString().Length);
    }
}
