using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

public static class Program
{
    static int DigitSum(BigInteger n) => n.ToString().Sum(c => c - '0');

    static int CollatzSteps(BigInteger n)
    {
        int steps = 0;
        while (n != 1) { n = n.IsEven ? n / 2 : 3 * n + 1; steps++; }
        return steps;
    }

    public static void Main()
    {
        Console.WriteLine(DigitSum(BigInteger.Pow(2, 1000)));
        Console.WriteLine(CollatzSteps(BigInteger.Parse("989345275647")));
        Console.WriteLine(CollatzSteps(BigInteger.Pow(7, 50)));
        var set = new HashSet<BigInteger> { BigInteger.Pow(10, 20), BigInteger.Parse("100000000000000000000"), 5 };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<BigInteger, string> { [BigInteger.Pow(3, 40)] = "3^40" };
        Console.WriteLine(dict[BigInteger.Parse("12157665459056928801")]);
        var sorted = new List<BigInteger> { BigInteger.Pow(2, 70), -5, BigInteger.Pow(2, 64), 0 };
        sorted.Sort();
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(sorted.Max() + " " + sorted.Aggregate(BigInteger.Add));
        object o = BigInteger.Pow(2, 64);
        Console.WriteLine(o is BigInteger big ? "BigInteger " + (big - 1) : "other");
        Console.WriteLine($"{BigInteger.Pow(10, 25):N0} {(BigInteger)1e20} {(BigInteger)123.9}");
    }
}
