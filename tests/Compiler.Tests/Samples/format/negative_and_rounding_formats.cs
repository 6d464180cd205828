using System;

public static class Program
{
    public static void Main()
    {
        double[] xs = { -1234.5678, -0.005, 0.005, 0.015, 0.025, 1.0 / 3, 2.0 / 3, 1e-10, 123456789012.345 };
        foreach (var x in xs)
            Console.WriteLine($"{x,20:R} F2={x:F2} N1={x:N1} P2={x:P2} E3={x:E3} G={x:G}");
        int[] ns = { 0, -1, 255, -255, int.MaxValue };
        foreach (var n in ns) Console.WriteLine($"{n,12} X={n:X} N0={n:N0} D6={n:D6}");
    }
}
