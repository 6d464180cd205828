using System;
using System.Text;

public static class Program
{
    static readonly (int Value, string Sym)[] Table =
    {
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    };

    static string ToRoman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (v, s) in Table) while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    static int FromRoman(string s)
    {
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = Value(s[i]);
            if (i + 1 < s.Length && v < Value(s[i + 1])) total -= v; else total += v;
        }
        return total;
    }

    static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => throw new FormatException("bad numeral " + c) };

    public static void Main()
    {
        foreach (var n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 })
        {
            var r = ToRoman(n);
            Console.WriteLine($"{n} = {r} = {FromRoman(r)}");
        }
        try { FromRoman("XQ"); }
        catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
