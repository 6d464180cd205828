using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(1m / 3m);
        Console.WriteLine(2m / 3m);
        Console.WriteLine(10m / 4m);
        Console.WriteLine(1.0m / 1m);
        Console.WriteLine(1.000m * 2.5m);
        Console.WriteLine(decimal.MaxValue + " " + decimal.MinValue);
        Console.WriteLine(decimal.MaxValue / 10);
        decimal one = 1m, zero = 0m;
        try { Console.WriteLine(decimal.MaxValue + one); }
        catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        try { Console.WriteLine(one / zero); }
        catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException"); }
        Console.WriteLine(Math.Round(2.345m, 2) + " " + Math.Round(2.355m, 2) + " " + Math.Round(2.5m) + " " + Math.Round(3.5m));
        Console.WriteLine(Math.Round(2.345m, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(-2.5m, MidpointRounding.AwayFromZero));
        Console.WriteLine(decimal.Floor(-1.5m) + " " + decimal.Ceiling(-1.5m) + " " + decimal.Truncate(-1.5m) + " " + Math.Abs(-0.00m));
        Console.WriteLine(7.5m % 2m + " " + -7.5m % 2m + " " + 0.3m % 0.1m);
        Console.WriteLine(0.1m * 0.1m + " " + 123.456m * 1000m + " " + 1e-28m / 2);
        Console.WriteLine(1.23456789012345678901234567m + 0.000000000000000000000000001m);
        Console.WriteLine(decimal.Parse("123.4500") + " " + decimal.Parse("-0.001") + " " + decimal.TryParse("1e3", out var x) + " " + x);
        Console.WriteLine((decimal)0.1 + " " + (decimal)(1.0 / 3) + " " + (double)0.1m + " " + (decimal)123456789.123456789);
        Console.WriteLine((int)12.99m + " " + (long)-12.99m + " " + (decimal)int.MaxValue * 2);
        Console.WriteLine(3.14159m.ToString("F2") + " " + 1234567.891m.ToString("N1") + " " + 0.5m.ToString("P0") + " " + 42m.ToString("E2"));
        Console.WriteLine(decimal.Compare(1.1m, 1.10m) + " " + 1.1m.CompareTo(1.2m) + " " + decimal.Remainder(10m, 3m) + " " + decimal.Negate(5m));
    }
}
