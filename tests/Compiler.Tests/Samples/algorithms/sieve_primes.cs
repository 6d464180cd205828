using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        int n = 200;
        var composite = new bool[n + 1];
        var primes = new List<int>();
        for (int i = 2; i <= n; i++)
        {
            if (composite[i]) continue;
            primes.Add(i);
            for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        Console.WriteLine(primes.Count + " primes: " + string.Join(" ", primes));
        long product = 1;
        foreach (var p in primes) { if (p > 40) break; product *= p; }
        Console.WriteLine(product);
    }
}
