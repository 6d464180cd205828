using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

public static class Program
{
    static IEnumerable<BigInteger> Fibonacci()
    {
        BigInteger a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<BigInteger> Catalan(int n)
    {
        BigInteger c = 1;
        for (int i = 0; i < n; i++)
        {
            yield return c;
            c = c * 2 * (2 * i + 1) / (i + 2);
        }
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(",", Fibonacci().Take(15)));
        Console.WriteLine(Fibonacci().ElementAt(100));
        Console.WriteLine(Fibonacci().First(f => f.ToString().Length >= 30));
        Console.WriteLine(string.Join(" ", Catalan(12)));
        Console.WriteLine(Catalan(40).Last());
        var sum = Fibonacci().Take(200).Aggregate(BigInteger.Zero, (acc, x) => acc + x);
        Console.WriteLine(sum);
        Console.WriteLine(Fibonacci().Skip(90).First() > long.MaxValue);
        Console.WriteLine(Fibonacci().Skip(92).First() <= long.MaxValue);
    }
}
