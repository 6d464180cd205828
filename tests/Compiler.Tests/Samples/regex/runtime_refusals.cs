// @known-divergence patterns known only at run time that JavaScript cannot match as .NET does throw NotSupportedException in cs2js (constant ones are refused at compile time)
using System;
using System.Text.RegularExpressions;

// Patterns from data: what cs2js cannot translate exactly fails loudly, never matches differently.
public static class Program
{
    static void Try(string pattern, string input, RegexOptions options = RegexOptions.None)
    {
        try { Console.WriteLine($"{pattern}: {Regex.Match(input, pattern, options).Value}"); }
        catch (NotSupportedException e) { Console.WriteLine($"{pattern}: not supported ({e.Message.Contains(pattern)})"); }
        catch (ArgumentException) { Console.WriteLine($"{pattern}: invalid"); }
    }

    public static void Main()
    {
        var patterns = new (string Pattern, string Input)[]
        {
            (@"(?>a+)b", "aab"), (@"a(?i:b)", "aB"), (@"(a)?\1b", "b"), (@"(?:(a)|b)+", "ab"), (@"[a-z-[aeiou]]+", "bcdea"),
            (@"\p{IsGreek}+", "αβγ"), (@"a\G", "aab"), (@"\Ga|b", "bab"), (@"(?<o>\()x(?<c-o>\))", "(x)"), (@"(a)(?(1)b|c)", "ab"), (@"\d+", "ab12"), (@"(a*?)*", "aab"), (@"(\s*\w*)+\.", "ab cd."),
        };
        foreach (var (pattern, input) in patterns) Try(pattern, input);
        Try("a", "a", RegexOptions.RightToLeft);
        Try("(", "(");
    }
}
