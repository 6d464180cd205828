using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

// Replace in all its forms: replacement patterns ($1, ${name}, $0, $$, $&, $`, $', $+, $_), counts,
// MatchEvaluator lambdas and methods, case conversions and a tiny template engine.
public static class Program
{
    static readonly Regex Placeholder = new Regex(@"\{\{\s*(?<key>[a-z]+)(?:\s*\|\s*(?<filter>upper|lower|pad))?\s*\}\}");

    static string Render(string template, Dictionary<string, object> values) =>
        Placeholder.Replace(template, m =>
        {
            if (!values.TryGetValue(m.Groups["key"].Value, out var v)) return m.Value;
            var s = Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";
            return m.Groups["filter"].Value switch { "upper" => s.ToUpperInvariant(), "lower" => s.ToLowerInvariant(), "pad" => s.PadLeft(6, '.'), _ => s };
        });

    static string ToSnake(string s) => Regex.Replace(Regex.Replace(s, @"([a-z0-9])([A-Z])", "$1_$2"), @"([A-Z]+)([A-Z][a-z])", "$1_$2").ToLowerInvariant();
    static string ToCamel(string s) => Regex.Replace(s, @"_([a-z])", m => m.Groups[1].Value.ToUpperInvariant());
    static string Redact(Match m) => new string('*', m.Length);

    public static void Main()
    {
        var date = new Regex(@"(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)");
        const string text = "from 2024-01-31 to 2024-02-29.";
        Console.WriteLine(date.Replace(text, "${d}/${m}/${y}"));
        Console.WriteLine(date.Replace(text, "$3.$2.$1"));
        Console.WriteLine(date.Replace(text, "[$0|$&]"));
        Console.WriteLine(date.Replace(text, "$$ ${y}$$ $9 ${nope} ${y $"));
        Console.WriteLine(date.Replace(text, "<$`|$'>", 1));
        Console.WriteLine(date.Replace(text, "$+ $_"));
        Console.WriteLine(date.Replace(text, "#", 1, 10));
        Console.WriteLine(Regex.Replace("a-b-c", "-", "+"));
        Console.WriteLine(Regex.Replace("x1y22z333", @"\d+", m => (int.Parse(m.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("card 4111-1111-1111-1111 and pin 1234", @"\b\d{4}(?=-)", Redact));
        Console.WriteLine(Regex.Replace("  many   spaces\there  ", @"\s+", " ").Trim());
        Console.WriteLine(Regex.Replace("abc", "", "-"));
        Console.WriteLine(Regex.Replace("Hello World", "o", "0", RegexOptions.IgnoreCase));
        foreach (var name in new[] { "bytesReceived", "HTTPServerError", "jitterBufferDelay", "roundTripTimeMs" })
            Console.WriteLine($"{name} -> {ToSnake(name)} -> {ToCamel(ToSnake(name))}");
        var values = new Dictionary<string, object> { ["name"] = "pc-1", ["count"] = 42, ["ratio"] = 0.25 };
        Console.WriteLine(Render("peer {{ name | upper }} sent {{count|pad}} packets ({{ ratio }}), {{missing}} stays", values));
        var m = date.Match(text);
        Console.WriteLine(m.Result("year ${y}, month $2, whole $0"));
    }
}
