using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class Query
{
    public static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') sb.Append(c);
            else if (c < 128) sb.Append('%').Append(((int)c).ToString("X2"));
            else sb.Append("%u").Append(((int)c).ToString("X4"));
        }
        return sb.ToString();
    }

    public static string Build(string baseUrl, IEnumerable<KeyValuePair<string, string?>> ps)
    {
        var parts = ps.Where(p => p.Value != null).Select(p => Encode(p.Key) + "=" + Encode(p.Value!)).ToList();
        return parts.Count == 0 ? baseUrl : baseUrl + (baseUrl.Contains('?') ? "&" : "?") + string.Join("&", parts);
    }

    public static Dictionary<string, string> Parse(string query)
    {
        var d = new Dictionary<string, string>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) d[part] = "";
            else d[part.Substring(0, eq)] = part.Substring(eq + 1);
        }
        return d;
    }
}

public static class Program
{
    public static void Main()
    {
        var url = Query.Build("https://push.example/metrics/job/rtc", new Dictionary<string, string?>
        {
            ["instance"] = "tab 1", ["room"] = "a&b=c", ["skip"] = null, ["emoji"] = "é",
        });
        Console.WriteLine(url);
        Console.WriteLine(Query.Build("https://x/?a=1", new[] { new KeyValuePair<string, string?>("b", "2") }));
        foreach (var kv in Query.Parse("?x=1&y=&z&&w=a=b")) Console.WriteLine(kv.Key + " => '" + kv.Value + "'");
    }
}
