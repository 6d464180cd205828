using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "text/plain",
            ["X-Request-Id"] = "abc",
        };
        headers["content-type"] = "application/json";
        Console.WriteLine(headers.Count + " " + headers["CONTENT-TYPE"] + " " + headers.ContainsKey("x-request-id"));
        foreach (var kv in headers) Console.WriteLine(kv.Key + ": " + kv.Value);

        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Prod", "prod", "PROD", "dev" };
        Console.WriteLine(tags.Count + " " + string.Join(",", tags) + " " + tags.Contains("DEV"));

        var words = new[] { "Apple", "apple", "Banana", "APPLE", "banana", "cherry" };
        Console.WriteLine(string.Join(",", words.Distinct(StringComparer.OrdinalIgnoreCase)));
        foreach (var g in words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase))
            Console.WriteLine(g.Key + " x" + g.Count());
        var index = words.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(w => w, w => w.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(index["BANANA"]);
        Console.WriteLine(words.Contains("CHERRY", StringComparer.OrdinalIgnoreCase) + " " + words.Contains("CHERRY"));
        var sorted = words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ThenBy(w => w, StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", sorted));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("ß", "SS") + " " + StringComparer.Ordinal.Compare("a", "B"));
    }
}
