using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-2.5) + " " + Math.Sign(-3) + " " + Math.Sign(0.0) + " " + Math.Sign(4.2));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(-1.5, -2.5));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Sqrt(144) + " " + Math.Sqrt(2));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10) + " " + Math.Clamp(0.5, 0.0, 1.0));
        Console.WriteLine(Math.Log(Math.E) + " " + Math.Log10(1000) + " " + Math.Log2(8) + " " + Math.Exp(0));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Atan2(1, 1).ToString("F6"));
        Console.WriteLine(Math.PI.ToString("F5") + " " + Math.E.ToString("F5"));
        Console.WriteLine(Math.Floor(3.7) + " " + Math.Ceiling(3.2) + " " + Math.Floor(-0.5));
        Console.WriteLine(Math.Abs(int.MinValue + 1) + " " + Math.Max(long.MaxValue / 2048, 1L));
        Console.WriteLine(Math.DivRem(17, 5, out int rem) + " " + rem);
        try { Math.Abs(int.MinValue); }
        catch (OverflowException) { Console.WriteLine("abs overflow"); }
        // no Math.Cbrt/Sin/Exp of arbitrary values: libm results may differ by 1 ulp between platforms and engines
    }
}
static class MathExt
{
}
