using System;
using System.Globalization;

public static class Program
{
    public static void Main()
    {
        string[] inputs = { "0", "-0", "0.10", "1,234.56", "  42  ", "7.", ".5", "1e2", "79228162514264337593543950335", "79228162514264337593543950336", "abc", "0.0000000000000000000000000001", "0.00000000000000000000000000001" };
        foreach (var s in inputs)
        {
            if (decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) Console.WriteLine($"'{s}' -> {d}");
            else Console.WriteLine($"'{s}' -> invalid");
        }
        decimal v = 1234.5678m;
        foreach (var f in new[] { "G", "F", "F0", "F3", "N", "N0", "0.##", "#,##0.0", "000000.00", "E", "P1" })
            Console.WriteLine(f + ": " + v.ToString(f, CultureInfo.InvariantCulture));
        Console.WriteLine(decimal.Parse("1.23E+3", NumberStyles.Float) + " " + decimal.GetBits(1.5m)[3]);
        Console.WriteLine(decimal.One + " " + decimal.Zero + " " + decimal.MinusOne + " " + (0.0m).ToString() + " " + (0m * -1m));
        Console.WriteLine(Convert.ToDecimal("3.75") * 2 + " " + Convert.ToDouble(3.75m) + " " + Convert.ToInt32(3.5m) + " " + Convert.ToInt32(4.5m));
    }
}
