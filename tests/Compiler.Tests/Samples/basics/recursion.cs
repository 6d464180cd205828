using System;

public static class Program
{
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
    static int Gcd(int a, int b) { while (b != 0) { var t = a % b; a = b; b = t; } return a; }
    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);

    public static void Main()
    {
        for (int i = 0; i <= 15; i += 5) Console.WriteLine($"fib({i}) = {Fib(i)}");
        Console.WriteLine(Fact(15));
        Console.WriteLine(Gcd(84, 36));
        Console.WriteLine(IsEven(10) + " " + IsOdd(7));
    }
}
