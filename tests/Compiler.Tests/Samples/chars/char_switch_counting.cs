using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var text = "Hello, World! 123 abc.";
        int vowels = 0, digits = 0, upper = 0, other = 0;
        var counts = new Dictionary<char, int>();
        foreach (char ch in text)
        {
            switch (char.ToLowerInvariant(ch))
            {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break;
                case >= '0' and <= '9': digits++; break;
                default: other++; break;
            }
            if (char.IsUpper(ch)) upper++;
            if (char.IsLetter(ch)) counts[ch] = counts.TryGetValue(ch, out var n) ? n + 1 : 1;
        }
        Console.WriteLine($"vowels={vowels} digits={digits} upper={upper} other={other}");
        foreach (var kv in counts) if (kv.Value > 1) Console.WriteLine(kv.Key + ":" + kv.Value);
        var caesar = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            caesar[i] = char.IsLower(ch) ? (char)('a' + (ch - 'a' + 3) % 26) : char.IsUpper(ch) ? (char)('A' + (ch - 'A' + 3) % 26) : ch;
        }
        Console.WriteLine(new string(caesar));
    }
}
