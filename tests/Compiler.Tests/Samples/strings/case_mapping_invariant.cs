using System;
using System.Linq;

public static class Program
{
    static string Codes(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4")));

    public static void Main()
    {
        string[] words = { "İstanbul", "ırmak", "straße", "ſtop", "ᾳ ᾀ ᾨ", "ǅemal", "ΟΔΟΣ ΣΑ", "ŉ ﬀ", "𐐨𐐀", "\u212A\u212B", "ς", "Hello, World" };
        foreach (var w in words)
            Console.WriteLine($"{Codes(w),-40} U {Codes(w.ToUpperInvariant()),-40} L {Codes(w.ToLower())}");
        Console.WriteLine(string.Concat("Straße".Select(char.ToUpper)) + " " + char.ToLowerInvariant('İ') + char.ToUpper('ı'));
        Console.WriteLine("ΟΔΟΣ".ToLower() == "οδοσ");
    }
}
