using System;
using System.Linq;

public static class Program
{
    static bool IsPalindrome(string s)
    {
        var clean = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        for (int i = 0, j = clean.Length - 1; i < j; i++, j--) if (clean[i] != clean[j]) return false;
        return true;
    }

    public static void Main()
    {
        foreach (var s in new[] { "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab" })
            Console.WriteLine($"\"{s}\" {IsPalindrome(s)} reversed=\"{new string(s.Reverse().ToArray())}\"");
        Console.WriteLine(string.Concat("stressed".Reverse()));
    }
}
