using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// Patterns built at run time: user filters (some invalid), escaped separators, glob-to-regex, and a
// rule table of (pattern, options) pairs with case-insensitive and multiline rules.
public static class Program
{
    static Regex? TryCompile(string pattern, RegexOptions options = RegexOptions.None)
    {
        try { return new Regex(pattern, options); }
        catch (ArgumentException) { Console.WriteLine($"invalid pattern: {pattern}"); return null; }
    }

    static string GlobToRegex(string glob) =>
        "^" + Regex.Escape(glob).Replace(@"\*", ".*").Replace(@"\?", ".") + "$";

    static int Count(string text, string pattern) => Regex.Matches(text, pattern).Count;

    public static void Main()
    {
        var names = new[] { "webrtc_bytes_received_total", "webrtc_jitter_seconds", "process_cpu_seconds_total", "up", "webrtc_rtt_seconds" };
        foreach (var filter in new[] { "^webrtc_", "_total$", "seconds", "(unclosed", "[z-a]", "a{2,1}", "*bad", @"trailing\", "jitter|rtt", @"\p{Lu}" })
        {
            var r = TryCompile(filter);
            if (r == null) continue;
            Console.WriteLine($"{filter,-12} -> {string.Join(", ", names.Where(n => r.IsMatch(n)))}");
        }

        foreach (var sep in new[] { ".", "|", "+", " - ", "\t" })
        {
            var line = string.Join(sep, new[] { "a", "b", "c" });
            Console.WriteLine($"split on '{Regex.Escape(sep)}': {string.Join(",", Regex.Split(line, Regex.Escape(sep)))}");
        }

        foreach (var glob in new[] { "*.cs", "src/*/Program.cs", "file?.txt", "[x].md" })
        {
            var re = new Regex(GlobToRegex(glob), RegexOptions.IgnoreCase);
            var files = new[] { "Main.cs", "src/Popup/Program.cs", "FILE1.TXT", "file10.txt", "[x].md", "x.md", "notes.CS" };
            Console.WriteLine($"{glob,-18} {GlobToRegex(glob),-28} {string.Join(" ", files.Where(f => re.IsMatch(f)))}");
        }

        var rules = new List<(string Pattern, RegexOptions Options)>
        {
            (@"^error\b", RegexOptions.IgnoreCase | RegexOptions.Multiline),
            (@"timeout after (\d+)ms", RegexOptions.None),
            (@"^\s*$", RegexOptions.Multiline),
        };
        var log = "Error: boot\ninfo: timeout after 250ms\n\nERROR disk full\nwarn: timeout after 15ms";
        foreach (var (pattern, options) in rules)
            Console.WriteLine($"{pattern} [{options}]: {Regex.Matches(log, pattern, options).Count} match(es); first at {Regex.Match(log, pattern, options).Index}");
        var word = "timeout";
        Console.WriteLine(Count(log, $@"\b{word}\b") + " " + Count(log, "(?i)" + "error") + " " + Regex.Replace(log, "(?m)^(\\w+):", "[$1]").Split('\n')[1]);
    }
}
