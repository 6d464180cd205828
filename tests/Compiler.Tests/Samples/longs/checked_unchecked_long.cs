using System;

public static class Program
{
    static long Add(long a, long b) => checked(a + b);
    static long Mul(long a, long b) => checked(a * b);

    public static void Main()
    {
        Console.WriteLine(Add(long.MaxValue - 1, 1));
        try { Console.WriteLine(Add(long.MaxValue, 1)); }
        catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        try { Console.WriteLine(Mul(3_037_000_500, 3_037_000_500)); }
        catch (OverflowException) { Console.WriteLine("mul overflow"); }
        Console.WriteLine(Mul(3_037_000_499, 3_037_000_499));
        long max = long.MaxValue, min = long.MinValue, five = 5, minusOne = -1;
        Console.WriteLine(unchecked(max + 1));
        Console.WriteLine(unchecked(min - 1));
        Console.WriteLine(unchecked(max * 2));
        Console.WriteLine(unchecked(-min));
        try { checked { long m = long.MinValue; Console.WriteLine(-m); } }
        catch (OverflowException) { Console.WriteLine("negate overflow"); }
        try { Console.WriteLine(min / minusOne); }
        catch (OverflowException) { Console.WriteLine("div overflow"); }
        try { checked { Console.WriteLine((int)(five * 1_000_000_000)); } }
        catch (OverflowException) { Console.WriteLine("narrowing overflow"); }
        Console.WriteLine(unchecked((int)(five * 1_000_000_000)));
        try { checked { ulong u = 0; u--; Console.WriteLine(u); } }
        catch (OverflowException) { Console.WriteLine("ulong underflow"); }
        try { checked { Console.WriteLine((ulong)(-five)); } }
        catch (OverflowException) { Console.WriteLine("sign overflow"); }
        double huge = 1e19, nan = double.NaN, tiny = -1e30;
        try { Console.WriteLine(checked((long)huge)); }
        catch (OverflowException) { Console.WriteLine("double to long overflow"); }
        Console.WriteLine((long)huge + " " + (long)nan + " " + (long)tiny);
        long counter = long.MaxValue - 2;
        for (int i = 0; i < 4; i++) { counter++; Console.Write(counter + " "); }
        Console.WriteLine();
        try { long zero = 0; Console.WriteLine(5L / zero); }
        catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
    }
}
