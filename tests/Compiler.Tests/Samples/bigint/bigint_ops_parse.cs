using System;
using System.Globalization;
using System.Numerics;

public static class Program
{
    public static void Main()
    {
        var a = BigInteger.Parse("123456789012345678901234567890");
        var b = new BigInteger(987654321);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b * b * b * b);
        Console.WriteLine(a * -b);
        Console.WriteLine(a / b + " r " + a % b);
        Console.WriteLine(BigInteger.DivRem(a, b, out var rem) + " " + rem);
        Console.WriteLine(-a / b + " " + -a % b);
        Console.WriteLine(BigInteger.Abs(-a) == a);
        Console.WriteLine(a.Sign + " " + (-a).Sign + " " + BigInteger.Zero.Sign + " " + a.IsEven + " " + BigInteger.One.IsOne + " " + BigInteger.Zero.IsZero);
        Console.WriteLine(BigInteger.Compare(a, b) + " " + a.CompareTo(a) + " " + (a > b) + " " + (b == 987654321) + " " + a.Equals(BigInteger.Parse("123456789012345678901234567890")));
        Console.WriteLine(BigInteger.Max(a, b) == a);
        Console.WriteLine((long)(a % long.MaxValue) + " " + (int)b + " " + (double)a);
        try { Console.WriteLine((int)a); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        Console.WriteLine(BigInteger.Parse("-0000042") + " " + BigInteger.TryParse("12x", out var bad) + " " + bad);
        Console.WriteLine((a << 10) + " " + (a >> 70) + " " + (a & 0xFFFF) + " " + (a | 1) + " " + (-a >> 3));
        Console.WriteLine(BigInteger.Log10(a).ToString("F4") + " " + a.ToString("N0") + " " + new BigInteger(255).ToString("X"));
        Console.WriteLine(BigInteger.Parse("ff", NumberStyles.HexNumber) + " " + new BigInteger(long.MinValue) * 2);
        try { Console.WriteLine(a / BigInteger.Zero); }
        catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException"); }
    }
}
