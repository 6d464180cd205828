using System;
using System.Collections.Generic;
using System.Linq;

// A tiny REPL-style command interpreter driven by list patterns over split input.
public static class Program
{
    static readonly Dictionary<string, string> store = new Dictionary<string, string>();

    static string Run(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
    {
        [] => "(nothing)",
        ["set", var key, var value] => Set(key, value),
        ["set", var key, .. var words] when words.Length > 1 => Set(key, string.Join(" ", words)),
        ["get", var key] => store.TryGetValue(key, out var v) ? v : $"{key} not set",
        ["del", .. var keys] when keys.Length > 0 => $"deleted {keys.Count(k => store.Remove(k))} of {keys.Length}",
        ["count"] => store.Count.ToString(),
        [var verb, ..] when verb.StartsWith('#') => "comment",
        [var verb, .. var rest] => $"unknown verb '{verb}' with {rest.Length} argument(s)",
    };

    static string Set(string key, string value) { store[key] = value; return $"{key} = {value}"; }

    public static void Main()
    {
        var script = new[] { "", "set port 8080", "set motd hello there world", "get port", "get motd", "get nope",
            "count", "del port nope", "del", "# a note", "frobnicate a b", "count" };
        foreach (var line in script) Console.WriteLine($"> {line}\n{Run(line)}");
    }
}
