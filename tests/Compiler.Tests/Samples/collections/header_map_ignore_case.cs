using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var raw = new[]
        {
            "Content-Type: text/plain",
            "X-Request-Id: 42",
            "content-length: 17",
            "Set-Cookie: a=1",
            "set-cookie: b=2",
            "CONTENT-TYPE: application/json",
        };
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in raw)
        {
            var i = line.IndexOf(':');
            headers[line.Substring(0, i)] = line.Substring(i + 1).Trim();
        }
        Console.WriteLine(headers.Count);
        foreach (var (name, value) in headers) Console.WriteLine($"{name} = {value}");
        Console.WriteLine(headers["content-type"] + " " + headers.ContainsKey("X-REQUEST-ID") + " " + headers.TryGetValue("Accept", out _));

        var grouped = raw.Select(l => l.Split(':')[0]).GroupBy(n => n, StringComparer.OrdinalIgnoreCase);
        foreach (var g in grouped) Console.WriteLine($"{g.Key} x{g.Count()}");

        var names = raw.Select(l => l.Split(':')[0]).Distinct(StringComparer.InvariantCultureIgnoreCase).ToList();
        Console.WriteLine(string.Join(", ", names));

        var allowed = new HashSet<string>(new[] { "content-type", "content-length" }, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(", ", headers.Keys.Where(allowed.Contains)));
        Console.WriteLine(allowed.Add("Content-Length") + " " + allowed.Count);

        var index = names.ToDictionary(n => n, n => n.Length, StringComparer.CurrentCultureIgnoreCase);
        Console.WriteLine(index["SET-COOKIE"] + " " + index.Count);
        try
        {
            var dup = raw.Select(l => l.Split(':')[0]).ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("duplicate: " + e.GetType().Name);
        }

        var sorted = headers.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToList();
        Console.WriteLine(string.Join(" < ", sorted));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("ETag", "etag") + " " + string.Equals("a", "A", StringComparison.OrdinalIgnoreCase));
        headers.Remove("SET-COOKIE");
        Console.WriteLine(string.Join(";", headers.Keys));
    }
}
