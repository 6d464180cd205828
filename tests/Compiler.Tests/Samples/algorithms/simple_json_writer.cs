using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

// A tiny hand-written JSON serializer for a fixed object shape (no System.Text.Json).
static class Json
{
    public static string Str(string? s)
    {
        if (s == null) return "null";
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Num(double d) => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "null";

    public static string Obj(IEnumerable<KeyValuePair<string, string>> members)
    {
        var parts = new List<string>();
        foreach (var m in members) parts.Add(Str(m.Key) + ":" + m.Value);
        return "{" + string.Join(",", parts) + "}";
    }
}

public static class Program
{
    public static void Main()
    {
        var doc = Json.Obj(new Dictionary<string, string>
        {
            ["name"] = Json.Str("peer \"1\"\n"),
            ["rtt"] = Json.Num(0.1 + 0.2),
            ["big"] = Json.Num(1e21),
            ["nan"] = Json.Num(double.NaN),
            ["ctrl"] = Json.Str("\u0001x\t"),
            ["nil"] = Json.Str(null),
            ["list"] = "[" + string.Join(",", new[] { 1.5, -2, 3e-7 }.Select(Json.Num)) + "]",
        });
        Console.WriteLine(doc);
    }
}
