using System;

public static class Program
{
    public static void Main()
    {
        double d = 2.9;
        Console.WriteLine((int)d + " " + (int)-d + " " + (long)d);
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5));
        Console.WriteLine(Convert.ToInt32("42") + " " + Convert.ToDouble("1.5") + " " + Convert.ToString(7));
        Console.WriteLine(Convert.ToBoolean("true") + " " + Convert.ToInt32(true));
        Console.WriteLine((int)'A' + " " + (char)66 + " " + (char)('a' + 2));
        Console.WriteLine(5 / 2.0 + " " + (double)5 / 2 + " " + (double)(5 / 2));
        short s = 30000;
        s += 10000;
        Console.WriteLine(s);
        sbyte sb = -128;
        sb--;
        Console.WriteLine(sb);
        ushort us = 65535;
        us += 2;
        Console.WriteLine(us);
        Console.WriteLine(int.MaxValue + 1L);
        double nan = double.NaN, huge = 1e10;
        try { Convert.ToInt32("x"); }
        catch (FormatException) { Console.WriteLine("bad format"); }
        try { checked((int)huge).ToString(); }
        catch (OverflowException) { Console.WriteLine("conv overflow"); }
    }
}
