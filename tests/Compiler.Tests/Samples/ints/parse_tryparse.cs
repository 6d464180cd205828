using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(int.Parse("123") + int.Parse("-7") + int.Parse(" 5 "));
        string[] inputs = { "42", "-0", "+9", "3.5", "", "abc", "2147483647", "2147483648", " 12", "1e3", "0x10" };
        foreach (var s in inputs)
        {
            bool ok = int.TryParse(s, out var v);
            Console.WriteLine($"int '{s}' -> {ok} {v}");
        }
        foreach (var s in new[] { "1.5", "-2e3", ".5", "NaN", "Infinity", "1,000", "abc", " 7 " })
        {
            bool ok = double.TryParse(s, out var v);
            Console.WriteLine($"double '{s}' -> {ok} {v}");
        }
        Console.WriteLine(long.TryParse("9007199254740991", out var l) + " " + l);
        try { int.Parse("nope"); }
        catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        try { int.Parse("99999999999"); }
        catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        Console.WriteLine(double.Parse("3.25") * 2);
    }
}
