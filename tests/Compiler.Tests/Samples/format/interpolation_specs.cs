using System;

public static class Program
{
    public static void Main()
    {
        double x = 3.14159;
        int n = 1234567;
        int i = 42;
        double p = 0.1234;
        Console.WriteLine($"[{x,8:F2}]");
        Console.WriteLine($"[{x,-8:F2}]");
        Console.WriteLine($"{n:N0}");
        Console.WriteLine($"{n:N}");
        Console.WriteLine($"{i:D4}");
        Console.WriteLine($"{i:X}");
        Console.WriteLine($"{i:x8}");
        Console.WriteLine($"{p:P1}");
        Console.WriteLine($"{p:P}");
        Console.WriteLine($"{x:R}");
        Console.WriteLine($"{x:G3}");
        Console.WriteLine($"{x:E}");
        Console.WriteLine($"{x:F0} {2.5:F0} {3.5:F0} {-0.4:F0}");
        Console.WriteLine($"{i,5}|{i,-5}|");
        Console.WriteLine($"{"s",3}|{"long string",3}|");
        Console.WriteLine($"{-i:D4} {0:D2}");
        Console.WriteLine($"{1e6:N2} {-1234.5:N1}");
        Console.WriteLine($"{true} {'c'} {null} {(object?)null}");
        Console.WriteLine($"{{braces}} {i}");
        Console.WriteLine($"{(i > 40 ? "big" : "small")}");
        Console.WriteLine($"{x:0.00} {n:#,##0} {i:000}");
    }
}
