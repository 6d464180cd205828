using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// An INI-like configuration reader: sections, key = value pairs with quoted values and comments,
// durations with units, all through named groups.
public static class Program
{
    static readonly Regex Section = new Regex(@"^\s*\[(?<name>[^\]]+)\]\s*$");
    static readonly Regex Pair = new Regex(@"^\s*(?<key>[\w.-]+)\s*[=:]\s*(?:""(?<quoted>[^""]*)""|(?<plain>[^#;]*?))\s*(?:[#;].*)?$");
    static readonly Regex Duration = new Regex(@"^(?<n>\d+)(?<unit>ms|s|m|h)$", RegexOptions.IgnoreCase);

    public static void Main()
    {
        var ini = @"
; exporter settings
[push]
url = ""https://push.invalid/metrics/job""   # quoted keeps # inside? no: quotes end first
interval: 15s
timeout=2500ms ; trailing comment
  retries = 3

[labels]
env = staging
team.name = rtc-core
empty =
[broken
x == y
";
        string section = "(none)";
        var config = new Dictionary<string, string>();
        foreach (var raw in ini.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (Regex.IsMatch(line, @"^\s*([#;].*)?$")) continue;
            var s = Section.Match(line);
            if (s.Success) { section = s.Groups["name"].Value; continue; }
            var p = Pair.Match(line);
            if (!p.Success) { Console.WriteLine($"cannot parse '{line}'"); continue; }
            var value = p.Groups["quoted"].Success ? p.Groups["quoted"].Value : p.Groups["plain"].Value;
            config[section + "." + p.Groups["key"].Value] = value;
            Console.WriteLine($"{section}.{p.Groups["key"].Value} = '{value}' (quoted: {p.Groups["quoted"].Success}, key at {p.Groups["key"].Index})");
        }

        foreach (var key in config.Keys.Where(k => k.StartsWith("push.")))
        {
            var d = Duration.Match(config[key]);
            if (!d.Success) continue;
            long n = long.Parse(d.Groups["n"].Value);
            long ms = d.Groups["unit"].Value.ToLowerInvariant() switch { "ms" => n, "s" => n * 1000, "m" => n * 60_000, _ => n * 3_600_000 };
            Console.WriteLine($"{key}: {ms} ms");
        }

        var names = Pair.GetGroupNames();
        var numbers = Pair.GetGroupNumbers();
        Console.WriteLine(string.Join(", ", names.Zip(numbers, (a, b) => a + "#" + b)));
        var sample = Pair.Match("k = v");
        Console.WriteLine($"{sample.Groups.Count} groups; Groups[\"0\"]={sample.Groups["0"].Value}; Groups[1]={sample.Groups[1].Value}; Groups[\"nope\"].Success={sample.Groups["nope"].Success}; Groups[9].Success={sample.Groups[9].Success}");
        Console.WriteLine($"names: {sample.Groups["key"].Name} {sample.Groups[2].Name} {sample.Groups[3].Name}");
    }
}
