using System;
using System.Collections.Generic;
using System.Linq;

// Stored settings are flat string maps with a "version"; each migration upgrades by one version.
static class Migrations
{
    private static readonly Dictionary<int, Action<Dictionary<string, string>>> Steps = new Dictionary<int, Action<Dictionary<string, string>>>
    {
        [1] = s =>
        {
            if (s.Remove("pushgateway", out var url)) s["push.url"] = url;
            s["version"] = "2";
        },
        [2] = s =>
        {
            var secs = int.TryParse(s.GetValueOrDefault("interval", "15"), out var v) ? v : 15;
            s.Remove("interval");
            s["push.intervalMs"] = (secs * 1000).ToString();
            s["version"] = "3";
        },
    };

    public const int Current = 3;

    public static Dictionary<string, string> Migrate(Dictionary<string, string> stored, List<string> log)
    {
        var s = new Dictionary<string, string>(stored);
        int version = int.TryParse(s.GetValueOrDefault("version", "1"), out var v) ? v : 1;
        if (version > Current) throw new InvalidOperationException($"settings version {version} is newer than {Current}");
        while (version < Current)
        {
            Steps[version](s);
            log.Add($"v{version} -> v{version + 1}");
            version++;
        }
        return s;
    }
}

public static class Program
{
    static void Run(string label, Dictionary<string, string> stored)
    {
        var log = new List<string>();
        try
        {
            var result = Migrations.Migrate(stored, log);
            Console.WriteLine(label + ": " + string.Join(", ", log) + (log.Count == 0 ? "up to date" : ""));
            foreach (var kv in result.OrderBy(kv => kv.Key)) Console.WriteLine("  " + kv.Key + " = " + kv.Value);
        }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": " + e.Message); }
    }

    public static void Main()
    {
        Run("v1", new Dictionary<string, string> { ["pushgateway"] = "http://gw:9091", ["interval"] = "30" });
        Run("v2", new Dictionary<string, string> { ["version"] = "2", ["push.url"] = "https://x", ["interval"] = "oops" });
        Run("v3", new Dictionary<string, string> { ["version"] = "3", ["push.url"] = "https://y" });
        Run("v9", new Dictionary<string, string> { ["version"] = "9" });
    }
}
