using System;

// int / and % by literal divisors (no helper: they cannot throw) next to variable ones (checked).
public static class Program
{
    public static void Main()
    {
        int[] xs = { 0, 7, -7, 64, -64, 4095, int.MaxValue, int.MinValue, -4 };
        foreach (var x in xs)
            Console.WriteLine(x + ": " + x / 10 + " " + x % 10 + " " + x / -3 + " " + x % -3 + " " + x / 2 + " " + x % 2 + " " + x / 1 + " " + x % 1);
        int m4 = -4, m9 = -9;
        object o = m4 % 2, p = m9 % 3, q = m4 % 1;
        Console.WriteLine(o + " " + p + " " + q + " " + $"{m4 % -2}" + " " + (m4 % 4).ToString());
        int acc = 1000;
        acc /= 7; acc %= 100; acc /= -2;
        Console.WriteLine(acc);
        char c = 'z';
        short s = -300;
        byte b = 250;
        Console.WriteLine(c / 2 + " " + c % 7 + " " + s / 7 + " " + s % 7 + " " + b / 3 + " " + b % 3);
        int min = int.MinValue, minusOne = -1;
        try { Console.WriteLine(min / minusOne); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        try { Console.WriteLine(min % minusOne); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        Console.WriteLine(min / -2 + " " + min % -2 + " " + int.MaxValue / -1);
    }
}
