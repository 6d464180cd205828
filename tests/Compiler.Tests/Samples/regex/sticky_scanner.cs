using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// A scanner in the classic .NET style: one pattern anchored with \G, matched at the running position
// (Match(input, pos)) until the input is consumed; contiguous Matches; and \G patterns built at run time.
public static class Program
{
    static readonly Regex Lexeme = new Regex(@"\G(?:(?<ws>\s+)|(?<num>\d+(?:\.\d+)?)|(?<str>""(?:[^""\\]|\\.)*"")|(?<id>[A-Za-z_]\w*)|(?<punct>[{}\[\]:,=;]))");

    static List<string> Scan(string input)
    {
        var tokens = new List<string>();
        int pos = 0;
        while (pos < input.Length)
        {
            var m = Lexeme.Match(input, pos);
            if (!m.Success) { tokens.Add($"error at {pos}: '{input[pos]}'"); break; }
            foreach (var kind in new[] { "num", "str", "id", "punct" })
                if (m.Groups[kind].Success) tokens.Add(kind + ":" + m.Groups[kind].Value);
            pos += m.Length;
        }
        return tokens;
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(" ", Scan("job = \"rtc\"; interval=15.5 ;labels{env:prod, team: \"a\\\"b\"}")));
        Console.WriteLine(string.Join(" ", Scan("ok = 1 ; bad = #")));
        Console.WriteLine(string.Join("|", Regex.Matches("aaabaa", @"\Ga").Select(m => m.Index)));
        Console.WriteLine(string.Join("|", Regex.Matches("12,34,56;78,90", @"\G(\d+)[,;]?").Select(m => m.Groups[1].Value)));
        Console.WriteLine(Regex.Replace("xxxyx", @"\Gx", "-"));
        Console.WriteLine(Regex.Match("abc", @"\Gb").Success + " " + Regex.Match("abc", @"\Gb", RegexOptions.None).Success + " " + new Regex(@"\Gb").Match("abc", 1).Success);
        var prefix = "\\G";
        foreach (var body in new[] { "[a-c]", @"\d" })
        {
            var dyn = new Regex(prefix + body);
            Console.WriteLine($"{dyn}: {string.Join(",", dyn.Matches("ab1c2").Select(m => m.Value))} / {string.Join(",", dyn.Matches("12ab").Select(m => m.Value))}");
        }
    }
}
