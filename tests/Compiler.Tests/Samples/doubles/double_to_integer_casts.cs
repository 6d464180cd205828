using System;

public static class Program
{
    public static void Main()
    {
        double[] values = { 0.0, 2.9, -2.9, 2147483647.5, 2147483648.0, 3e9, 4294967295.0, 4294967296.0, 5e9,
                            -1.0, -3e9, 9007199254740993.0, 1e19, 2e19, -1e19, double.NaN,
                            double.PositiveInfinity, double.NegativeInfinity };
        foreach (double d in values)
        {
            Console.WriteLine($"{d}: int {(int)d} uint {(uint)d} long {(long)d} ulong {(ulong)d}");
        }
        double bytes = 3221225472.0; // 3 GiB, as a byte counter read from JSON might be
        uint asUint = (uint)bytes;
        Console.WriteLine(asUint + " " + (asUint >> 30) + " " + (asUint & 0xFFFF));
        float f = 3e9f;
        Console.WriteLine((uint)f + " " + (int)f);
        foreach (double d in new[] { 3e9, -1.0, double.NaN })
        {
            try { Console.WriteLine(checked((uint)d)); }
            catch (OverflowException) { Console.WriteLine("overflow " + d); }
        }
        foreach (double d in new[] { 3e9, 2147483647.9, -2147483648.5, double.NaN })
        {
            try { Console.WriteLine(checked((int)d)); }
            catch (OverflowException) { Console.WriteLine("overflow " + d); }
        }
        int[] counts = { 5, -5 };
        foreach (int n in counts)
        {
            try { Console.WriteLine(checked((uint)n)); }
            catch (OverflowException) { Console.WriteLine("overflow " + n); }
        }
        uint big = 3000000000;
        Console.WriteLine(checked(big + 1u) + " " + checked(big * 1u));
        try { Console.WriteLine(checked(big + big)); }
        catch (OverflowException) { Console.WriteLine("uint add overflow"); }
        uint one = 1;
        try { Console.WriteLine(checked(one - 2u)); }
        catch (OverflowException) { Console.WriteLine("uint sub overflow"); }
    }
}
