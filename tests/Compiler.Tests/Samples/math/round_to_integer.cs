using System;

// Math.Round(x), MathF.Round and the conversions that round the same way (halves to even).
public static class Program
{
    public static void Main()
    {
        double[] xs = { 0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            4503599627370495.5, 4503599627370497, 9007199254740993, 1e300, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 123.456, -123.5 };
        foreach (var x in xs)
        {
            double r = Math.Round(x);
            Console.WriteLine(x + " -> " + r + (r == 0 && double.IsNegative(r) ? " (negative zero)" : ""));
        }
        float[] fs = { 0.5f, 1.5f, 2.5f, -2.5f, 3.4999998f, 16777215.5f };
        foreach (var f in fs) Console.WriteLine(f + " -> " + MathF.Round(f));
        double[] ys = { 2.5, 3.5, -2.5, -3.5, 2147483647.4, -2147483648.4 };
        foreach (var y in ys) Console.WriteLine("ToInt32(" + y + ") = " + Convert.ToInt32(y) + ", ToInt64 = " + Convert.ToInt64(y * 1000.5));
        try { Console.WriteLine(Convert.ToInt32(2147483647.5)); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
    }
}
