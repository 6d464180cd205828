using System;
using System.Collections.Generic;
using System.Linq;

// Merges layered configuration (defaults < file < overrides) given as flat "a.b.c" keys.
sealed class ConfigLayer
{
    public string Name { get; }
    public Dictionary<string, string?> Values { get; } = new Dictionary<string, string?>();
    public ConfigLayer(string name) { Name = name; }
}

static class ConfigMerger
{
    public static List<KeyValuePair<string, (string Value, string Source)>> Merge(IEnumerable<ConfigLayer> layers)
    {
        var result = new Dictionary<string, (string Value, string Source)>();
        foreach (var layer in layers)
            foreach (var kv in layer.Values)
            {
                if (kv.Value == null) { result.Remove(kv.Key); continue; }
                result[kv.Key] = (kv.Value.Trim(), layer.Name);
            }
        return result.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
    }

    public static Dictionary<string, List<string>> Sections(IEnumerable<string> keys) =>
        keys.GroupBy(k => k.Contains('.') ? k.Substring(0, k.IndexOf('.')) : "(root)")
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x, StringComparer.Ordinal).ToList());
}

public static class Program
{
    public static void Main()
    {
        var defaults = new ConfigLayer("defaults");
        defaults.Values["push.url"] = "http://localhost:9091";
        defaults.Values["push.interval"] = "15";
        defaults.Values["debug"] = "false";
        defaults.Values["labels.env"] = "dev";
        var file = new ConfigLayer("file");
        file.Values["push.url"] = "  https://push.example  ";
        file.Values["labels.team"] = "rtc";
        var overrides = new ConfigLayer("overrides");
        overrides.Values["debug"] = "true";
        overrides.Values["labels.env"] = null;
        var merged = ConfigMerger.Merge(new[] { defaults, file, overrides });
        foreach (var kv in merged) Console.WriteLine($"{kv.Key,-14} = {kv.Value.Value,-22} ({kv.Value.Source})");
        foreach (var s in ConfigMerger.Sections(merged.Select(kv => kv.Key))) Console.WriteLine(s.Key + ": " + string.Join(", ", s.Value));
        int interval = int.TryParse(merged.First(kv => kv.Key == "push.interval").Value.Value, out var iv) ? iv : -1;
        Console.WriteLine("interval ms " + interval * 1000);
    }
}
