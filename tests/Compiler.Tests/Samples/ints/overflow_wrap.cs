using System;

public static class Program
{
    public static void Main()
    {
        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(unchecked(max * 2));
        Console.WriteLine(min - 1 == max);
        int big = 123456789;
        Console.WriteLine(big * 1000);
        int root = 46341;
        Console.WriteLine(root * root);
        Console.WriteLine(-min);
        int h = 17;
        foreach (var c in "overflowing hash") h = h * 31 + c;
        Console.WriteLine(h);
        try
        {
            int r = checked(max + 1);
            Console.WriteLine("no overflow " + r);
        }
        catch (OverflowException e) { Console.WriteLine("checked: " + e.Message); }
        try
        {
            checked { int m = big * 1000; Console.WriteLine(m); }
        }
        catch (OverflowException) { Console.WriteLine("checked block"); }
        long three = 3000000000L;
        int i300 = 300, i200 = 200, i70000 = 70000, minusOne = -1;
        Console.WriteLine((int)three);
        Console.WriteLine((byte)i300 + " " + (sbyte)i200 + " " + (short)i70000 + " " + (ushort)minusOne);
        Console.WriteLine((uint)minusOne + " " + (uint)max * 2);
        uint u = 0;
        u--;
        Console.WriteLine(u);
        byte b = 255;
        b++;
        Console.WriteLine(b);
    }
}
