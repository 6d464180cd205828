// Each pattern below goes through Regex(pattern) and is printed with its matches and groups: .NET's meaning of \d \w \s \b, . ^ $ \Z, group numbering.
using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class Program
{
    static void Show(Regex r, string input)
    {
        var pattern = r.ToString().Replace("\n", " ");
        var ms = r.Matches(input);
        var parts = ms.Select(m => m.Index + ":" + m.Value.Replace("\n", "\\n").Replace("\r", "\\r")
            + string.Concat(Enumerable.Range(1, m.Groups.Count - 1).Select(i => "/" + (m.Groups[i].Success ? m.Groups[i].Value : "-"))));
        Console.WriteLine($"{pattern,-24} {ms.Count}: {string.Join(" ", parts)}");
    }

    public static void Main()
    {
        Show(new Regex(@"\w+"), "héllo wörld_1 naïve-ok ٣٤");
        Show(new Regex(@"\d+"), "a12 ٣٤ ５6");
        Show(new Regex(@"\s+"), "a \t b\u00a0c\u2003d\u0085e\ufeff");
        Show(new Regex(@"\bcat\b"), "cat concat cat's scatter café");
        Show(new Regex(@"\Bat\B"), "cat bath atom");
        Show(new Regex(@"^\w+$"), "line1\nline2\n");
        Show(new Regex(@"^\w+$", RegexOptions.Multiline), "line1\nline2\n");
        Show(new Regex(@"\w+$"), "abc\n");
        Show(new Regex(@"\w+\z"), "abc\n");
        Show(new Regex(@"\w+\Z"), "abc\n");
        Show(new Regex(@"\Aab"), "abab");
        Show(new Regex(@"a.c"), "abc a\nc a\rc");
        Show(new Regex(@"a.c", RegexOptions.Singleline), "abc a\nc a\rc");
        Show(new Regex(@"(?i)straße"), "STRASSE Straße STRAßE");
        Show(new Regex(@"[a-f]+", RegexOptions.IgnoreCase), "ABCdef");
        Show(new Regex(@"(a)|(b)"), "ab");
        Show(new Regex(@"(?<x>a)(b)"), "ab");
        Show(new Regex(@"(?<y>\d)(?<x>\d)(\w)"), "12z");
        Show(new Regex(@"(\w)\1"), "aabbcd");
        Show(new Regex(@"(?<q>['""]).*?\k<q>"), "say 'hi' and \"yo\"");
        Show(new Regex(@"x{2,3}"), "xxxxxxx");
        Show(new Regex(@"x{2,}?"), "xxxxx");
        Show(new Regex(@"a{,2}"), "a{,2}");
        Show(new Regex(@"[]a]+"), "]a]b");
        Show(new Regex(@"[^]a]+"), "]a]bc");
        Show(new Regex(@"[\w.-]+@[\w-]+\.\w+"), "mail: jo.e-x@ex-ample.com, bad@x");
        Show(new Regex(@"[\s,]+"), "a, b ,c");
        Show(new Regex(@"\p{Lu}\p{Ll}+"), "Hello World ÉTÉ Été");
        Show(new Regex(@"(?x) \d+ # digits
                 \s* [a-z]+  # word"), "12 ab 3cd");
        Show(new Regex(@"colou?r"), "color colour");
        Show(new Regex(@"(?:ab)+"), "abababx");
        Show(new Regex(@"(?=\d{3})\d"), "12345");
        Show(new Regex(@"(?<=\$)\d+"), "cost $42 or 7");
        Show(new Regex(@"(?<!-)\b\d+"), "-5 6 x-7 8");
        Show(new Regex(@"\u0041\x42\t"), "AB\tAB");
        Show(new Regex(@"[\u0041-\u0043]+"), "ABCD");
        Show(new Regex(@"\.\*\+\?\(\)\[\]\{\}\|\^\$\#\ "), ".*+?()[]{}|^$# ");
        Show(new Regex(@"(?n)(a)(?<b>b)"), "ab");
        Show(new Regex(@"a|"), "ab");
        Show(new Regex(@""), "ab");
        Show(new Regex(@"(\d+)-(\d+)?"), "1-2 3-");
        Show(new Regex(@"^$", RegexOptions.Multiline), "");
        Show(new Regex(@"$", RegexOptions.Multiline), "a\nb\n");
        Show(new Regex(@"[^\d\s]+"), "ab 12 cd");
        Show(new Regex(@"\W+"), "a, b!c");
        Show(new Regex(@"\D\S"), "1a b2");
        Show(new Regex(@"a(?#comment)b"), "ab");
    }
}
