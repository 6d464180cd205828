using System;

public static class Program
{
    static int Factorial(int n)
    {
        int r = 1;
        for (int i = 2; i <= n; i++) r = checked(r * i);
        return r;
    }

    public static void Main()
    {
        for (int n = 10; n <= 14; n++)
        {
            try { Console.WriteLine(n + "! = " + Factorial(n)); }
            catch (OverflowException) { Console.WriteLine(n + "! overflows int"); }
        }
        int total = int.MaxValue - 5;
        int steps = 0;
        try
        {
            checked
            {
                while (true) { total += 2; steps++; }
            }
        }
        catch (OverflowException) { Console.WriteLine("overflow after " + steps + " steps at " + total); }
        int wrapped = int.MaxValue - 5;
        for (int i = 0; i < 4; i++) wrapped += 2;
        Console.WriteLine("unchecked: " + wrapped);
        int neg = int.MinValue;
        try { Console.WriteLine(checked(-neg)); }
        catch (OverflowException) { Console.WriteLine("negation overflow"); }
        try { int a = int.MinValue, b = -1; Console.WriteLine(a % b); }
        catch (OverflowException) { Console.WriteLine("MinValue % -1 overflow"); }
    }
}
