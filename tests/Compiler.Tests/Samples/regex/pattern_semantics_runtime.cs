// The pattern_semantics patterns again, each passed through a parameter: translated at run time ($rxNew).
using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class Program
{
    static void Show(string pat, RegexOptions o, string input)
    {
        var r = new Regex(pat, o); var pattern = r.ToString().Replace("\n", " ");
        var ms = r.Matches(input);
        var parts = ms.Select(m => m.Index + ":" + m.Value.Replace("\n", "\\n").Replace("\r", "\\r")
            + string.Concat(Enumerable.Range(1, m.Groups.Count - 1).Select(i => "/" + (m.Groups[i].Success ? m.Groups[i].Value : "-"))));
        Console.WriteLine($"{pattern,-24} {ms.Count}: {string.Join(" ", parts)}");
    }

    public static void Main()
    {
        Show(@"\w+", RegexOptions.None, "héllo wörld_1 naïve-ok ٣٤");
        Show(@"\d+", RegexOptions.None, "a12 ٣٤ ５6");
        Show(@"\s+", RegexOptions.None, "a \t b\u00a0c\u2003d\u0085e\ufeff");
        Show(@"\bcat\b", RegexOptions.None, "cat concat cat's scatter café");
        Show(@"\Bat\B", RegexOptions.None, "cat bath atom");
        Show(@"^\w+$", RegexOptions.None, "line1\nline2\n");
        Show(@"^\w+$", RegexOptions.Multiline, "line1\nline2\n");
        Show(@"\w+$", RegexOptions.None, "abc\n");
        Show(@"\w+\z", RegexOptions.None, "abc\n");
        Show(@"\w+\Z", RegexOptions.None, "abc\n");
        Show(@"\Aab", RegexOptions.None, "abab");
        Show(@"a.c", RegexOptions.None, "abc a\nc a\rc");
        Show(@"a.c", RegexOptions.Singleline, "abc a\nc a\rc");
        Show(@"(?i)straße", RegexOptions.None, "STRASSE Straße STRAßE");
        Show(@"[a-f]+", RegexOptions.IgnoreCase, "ABCdef");
        Show(@"(a)|(b)", RegexOptions.None, "ab");
        Show(@"(?<x>a)(b)", RegexOptions.None, "ab");
        Show(@"(?<y>\d)(?<x>\d)(\w)", RegexOptions.None, "12z");
        Show(@"(\w)\1", RegexOptions.None, "aabbcd");
        Show(@"(?<q>['""]).*?\k<q>", RegexOptions.None, "say 'hi' and \"yo\"");
        Show(@"x{2,3}", RegexOptions.None, "xxxxxxx");
        Show(@"x{2,}?", RegexOptions.None, "xxxxx");
        Show(@"a{,2}", RegexOptions.None, "a{,2}");
        Show(@"[]a]+", RegexOptions.None, "]a]b");
        Show(@"[^]a]+", RegexOptions.None, "]a]bc");
        Show(@"[\w.-]+@[\w-]+\.\w+", RegexOptions.None, "mail: jo.e-x@ex-ample.com, bad@x");
        Show(@"[\s,]+", RegexOptions.None, "a, b ,c");
        Show(@"\p{Lu}\p{Ll}+", RegexOptions.None, "Hello World ÉTÉ Été");
        Show(@"(?x) \d+ # digits
                 \s* [a-z]+  # word", RegexOptions.None, "12 ab 3cd");
        Show(@"colou?r", RegexOptions.None, "color colour");
        Show(@"(?:ab)+", RegexOptions.None, "abababx");
        Show(@"(?=\d{3})\d", RegexOptions.None, "12345");
        Show(@"(?<=\$)\d+", RegexOptions.None, "cost $42 or 7");
        Show(@"(?<!-)\b\d+", RegexOptions.None, "-5 6 x-7 8");
        Show(@"\u0041\x42\t", RegexOptions.None, "AB\tAB");
        Show(@"[\u0041-\u0043]+", RegexOptions.None, "ABCD");
        Show(@"\.\*\+\?\(\)\[\]\{\}\|\^\$\#\ ", RegexOptions.None, ".*+?()[]{}|^$# ");
        Show(@"(?n)(a)(?<b>b)", RegexOptions.None, "ab");
        Show(@"a|", RegexOptions.None, "ab");
        Show(@"", RegexOptions.None, "ab");
        Show(@"(\d+)-(\d+)?", RegexOptions.None, "1-2 3-");
        Show(@"^$", RegexOptions.Multiline, "");
        Show(@"$", RegexOptions.Multiline, "a\nb\n");
        Show(@"[^\d\s]+", RegexOptions.None, "ab 12 cd");
        Show(@"\W+", RegexOptions.None, "a, b!c");
        Show(@"\D\S", RegexOptions.None, "1a b2");
        Show(@"a(?#comment)b", RegexOptions.None, "ab");
    }
}

