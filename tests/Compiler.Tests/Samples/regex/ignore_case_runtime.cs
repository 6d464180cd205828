using System;
using System.Linq;
using System.Text.RegularExpressions;

// Case-insensitive patterns that exist only at run time (a search box, a rule table): matched with
// .NET's case equivalences (K/k/Kelvin sign, Å/å/Angstrom sign, ß/ẞ; not ſ/s, µ/μ, ς/σ, İ/i).
public static class Program
{
    static readonly string[] Inputs = { "k", "K", "\u212a", "s", "S", "\u017f", "\u00b5", "\u03bc", "\u039c", "\u03c3", "\u03c2", "\u03a3",
        "\u00e5", "\u212b", "\u00c5", "\u00df", "\u1e9e", "i", "I", "\u0130", "\u0131", "\u01c4", "\u01c5", "\u01c6" };

    static string Row(string pattern, RegexOptions options)
    {
        var r = new Regex("^(?:" + pattern + ")$", options);
        return string.Concat(Inputs.Select(s => r.IsMatch(s) ? "1" : "0"));
    }

    static int Find(string text, string term) => Regex.Matches(text, Regex.Escape(term), RegexOptions.IgnoreCase).Count;

    public static void Main()
    {
        var rules = new (string Pattern, RegexOptions Options)[]
        {
            ("k", RegexOptions.IgnoreCase), ("s", RegexOptions.IgnoreCase), ("\u00b5", RegexOptions.IgnoreCase), ("\u03c3", RegexOptions.IgnoreCase),
            ("\u00e5", RegexOptions.IgnoreCase), ("\u00df", RegexOptions.IgnoreCase), ("i", RegexOptions.IgnoreCase), ("\u01c5", RegexOptions.IgnoreCase),
            ("[a-z]", RegexOptions.IgnoreCase), ("[^a-z]", RegexOptions.IgnoreCase), (@"[\d\w]", RegexOptions.IgnoreCase), ("[K-M]", RegexOptions.IgnoreCase),
            ("[k-m]", RegexOptions.None),
        };
        foreach (var (pattern, options) in rules) Console.WriteLine($"{pattern,-8} {Row(pattern, options)}");
        var text = "Timeout on PC-1; timeout again on pc-1 (TIMEOUT), then STRASSE and Straße";
        foreach (var term in new[] { "timeout", "pc-1", "(timeout)", "straße", "strasse" }) Console.WriteLine($"{term}: {Find(text, term)}");
        Console.WriteLine(new Regex("(?i)" + "timeout").Matches(text).Count + " " + new Regex("(?i)" + "[p-q]C").Match(text).Index);
        var first = Regex.Match(text, string.Join("|", new[] { "again", "PC" }.Select(Regex.Escape)), RegexOptions.IgnoreCase);
        Console.WriteLine($"{first.Value} at {first.Index}");
    }
}
