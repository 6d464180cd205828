using System;

public static class Program
{
    // Matches "*" (any run) and "?" (one char), like match patterns for URLs.
    static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t])) { p++; t++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
            else if (star >= 0) { p = star + 1; t = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    public static void Main()
    {
        var cases = new (string, string)[]
        {
            ("https://*.example.com/*", "https://meet.example.com/room/1"),
            ("https://*.example.com/*", "https://example.com/"),
            ("*://*/*", "http://a/b"),
            ("https://meet.?oogle.com/*", "https://meet.google.com/abc"),
            ("*", ""),
            ("a*b*c", "aXXbYYc"),
            ("a*b*c", "aXXbYY"),
        };
        foreach (var (p, t) in cases) Console.WriteLine($"{Glob(p, t),-5} {p} ~ {t}");
    }
}
