using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(7.0 / 2 + " " + 7 / 2 + " " + 7 % 2.5 + " " + -7.5 % 2);
        Console.WriteLine(double.IsNaN(0.0 / 0) + " " + double.IsInfinity(-1 / 0.0) + " " + double.IsFinite(1.0));
        Console.WriteLine((int)3.99 + " " + (int)-3.99 + " " + (long)1e10);
        Console.WriteLine(double.NaN == double.NaN);
        Console.WriteLine(double.NaN.Equals(double.NaN));
        Console.WriteLine(0.0 == -0.0);
        Console.WriteLine(1.0.CompareTo(2.0) + " " + double.NaN.CompareTo(0.0));
        Console.WriteLine(Math.Max(1.5, double.NaN));
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        Console.WriteLine(acc);
        Console.WriteLine(acc == 1.0);
        Console.WriteLine(Math.Abs(acc - 1.0) < 1e-9);
        Console.WriteLine(5e-324 / 2);
        Console.WriteLine(9007199254740993.0);
    }
}
