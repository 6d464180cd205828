using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(7 / 2 + " " + -7 / 2 + " " + 7 / -2 + " " + -7 / -2);
        Console.WriteLine(7 % 3 + " " + -7 % 3 + " " + 7 % -3 + " " + -7 % -3);
        int a = 1, zero = 0;
        try { Console.WriteLine(a / zero); }
        catch (DivideByZeroException e) { Console.WriteLine("div0: " + e.Message); }
        try { Console.WriteLine(a % zero); }
        catch (DivideByZeroException) { Console.WriteLine("mod0"); }
        int min = int.MinValue, minusOne = -1;
        try { Console.WriteLine(min / minusOne); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.GetType().Name); }
        Console.WriteLine(1.0 * a / 3);
        long big = 9_000_000_000_000;
        Console.WriteLine(big / 7 + " " + big % 7 + " " + -big / 7);
        Console.WriteLine(10 / 3 * 3 + 10 % 3);
    }
}
