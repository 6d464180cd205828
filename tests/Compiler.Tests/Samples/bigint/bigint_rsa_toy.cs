using System;
using System.Numerics;

public static class Program
{
    static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = a;
        while (a1 != 0)
        {
            BigInteger q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        return (x % m + m) % m;
    }

    static bool IsProbablePrime(BigInteger n)
    {
        if (n < 2) return false;
        foreach (int p in new[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 })
        {
            if (n == p) return true;
            if (n % p == 0) return false;
        }
        BigInteger d = n - 1;
        int s = 0;
        while (d.IsEven) { d >>= 1; s++; }
        foreach (int a in new[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 })
        {
            var x = BigInteger.ModPow(a, d, n);
            if (x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s; r++)
            {
                x = BigInteger.ModPow(x, 2, n);
                if (x == n - 1) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    public static void Main()
    {
        BigInteger p = BigInteger.Parse("1000000000000000000000000000057");
        BigInteger q = BigInteger.Parse("100000000000000000000000000000000000049");
        Console.WriteLine(IsProbablePrime(p) + " " + IsProbablePrime(q) + " " + IsProbablePrime(p * q));
        BigInteger n = p * q, phi = (p - 1) * (q - 1), e = 65537;
        BigInteger d = ModInverse(e, phi);
        Console.WriteLine("n = " + n);
        Console.WriteLine("d*e mod phi = " + d * e % phi);
        BigInteger message = BigInteger.Parse("42424242424242424242");
        var cipher = BigInteger.ModPow(message, e, n);
        var plain = BigInteger.ModPow(cipher, d, n);
        Console.WriteLine(cipher);
        Console.WriteLine(plain == message);
        int primes = 0;
        for (int i = 0; i < 200; i++) if (IsProbablePrime(BigInteger.Pow(2, 61) + i)) primes++;
        Console.WriteLine(primes);
    }
}
