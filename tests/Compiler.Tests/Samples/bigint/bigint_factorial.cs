using System;
using System.Numerics;

public static class Program
{
    static BigInteger Factorial(int n)
    {
        BigInteger r = BigInteger.One;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    public static void Main()
    {
        Console.WriteLine(Factorial(25));
        Console.WriteLine(Factorial(50));
        var f100 = Factorial(100);
        Console.WriteLine(f100.ToString().Length + " digits, trailing zeros " + (f100.ToString().Length - f100.ToString().TrimEnd('0').Length));
        Console.WriteLine(f100 % 1_000_000_007);
        Console.WriteLine(Factorial(30) / Factorial(28));
        Console.WriteLine(BigInteger.Pow(2, 100));
        Console.WriteLine(BigInteger.Pow(-3, 41));
        Console.WriteLine(BigInteger.ModPow(2, 1000, 1_000_000_007));
        Console.WriteLine(BigInteger.GreatestCommonDivisor(Factorial(20), BigInteger.Pow(6, 30)));
    }
}
