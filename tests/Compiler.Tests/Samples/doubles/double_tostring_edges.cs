using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1e15);
        Console.WriteLine(1e16);
        Console.WriteLine(1e-5);
        Console.WriteLine(1e-4);
        Console.WriteLine(1e21);
        Console.WriteLine(1e20);
        Console.WriteLine(-0.0);
        Console.WriteLine(double.NaN);
        Console.WriteLine(double.PositiveInfinity);
        Console.WriteLine(double.NegativeInfinity);
        Console.WriteLine(1.0 / 0);
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.MinValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(123456789.123);
        Console.WriteLine(1.0);
        Console.WriteLine(100.0);
        Console.WriteLine(1.5e300 * 1.5e10);
        Console.WriteLine(2.0 / 3);
        Console.WriteLine(1234567890123456789.0);
        Console.WriteLine(0.000001234);
        Console.WriteLine($"{0.1 + 0.2} {-0.0} {1e16}");
        Console.WriteLine("" + 1e15 + " " + 12345678901234567.0);
    }
}
