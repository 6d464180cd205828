// RegexOptions.IgnoreCase and (?i) as .NET matches: its own case equivalences (K/k/Kelvin sign, not ſ/s or µ/μ), classes and ranges included.
using System;
using System.Linq;
using System.Text.RegularExpressions;
public static class Program
{
    static void Row(string label, Regex r, string[] inputs) => Console.WriteLine(label + " " + string.Concat(inputs.Select(s => r.IsMatch(s) ? "1" : "0")));
    public static void Main()
    {
        var ins = new[] { "k", "K", "\u212a", "s", "S", "\u017f", "\u00b5", "\u03bc", "\u039c", "\u03c3", "\u03c2", "\u03a3", "\u00e5", "\u212b", "\u00c5", "\u00df", "\u1e9e", "i", "I", "\u0130", "\u0131", "\u01c4", "\u01c5", "\u01c6" };
        Row("k", new Regex("^k$", RegexOptions.IgnoreCase), ins);
        Row("s", new Regex("^s$", RegexOptions.IgnoreCase), ins);
        Row("mu", new Regex("^\u00b5$", RegexOptions.IgnoreCase), ins);
        Row("sigma", new Regex("^\u03c3$", RegexOptions.IgnoreCase), ins);
        Row("a-ring", new Regex("^\u00e5$", RegexOptions.IgnoreCase), ins);
        Row("sz", new Regex("^\u00df$", RegexOptions.IgnoreCase), ins);
        Row("i", new Regex("(?i)^i$"), ins);
        Row("dz", new Regex("(?i)^\u01c5$"), ins);
        Row("[a-z]", new Regex("^[a-z]$", RegexOptions.IgnoreCase), ins);
        Row("[^a-z]", new Regex("^[^a-z]$", RegexOptions.IgnoreCase), ins);
        Row("[\\w]", new Regex(@"^[\d\w]$", RegexOptions.IgnoreCase), ins);
        Row("[K-M]", new Regex(@"^[K-M]$", RegexOptions.IgnoreCase), ins);
        Console.WriteLine(Regex.Replace("Hello WORLD, hello world", "hello", "bye", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.Matches("Error ERROR error eRRoR", @"\berror\b", RegexOptions.IgnoreCase).Count);
    }
}
