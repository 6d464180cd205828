using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

static class Json
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Write(object? v) => v switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => "{" + string.Join(",", Entries(map)) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", Items(list)) + "]",
        _ => Quote(v.ToString() ?? ""),
    };

    static IEnumerable<string> Entries(IDictionary<string, object?> map) { foreach (var kv in map) yield return Quote(kv.Key) + ":" + Write(kv.Value); }
    static IEnumerable<string> Items(IEnumerable<object?> list) { foreach (var x in list) yield return Write(x); }
}

public static class Program
{
    public static void Main()
    {
        var doc = new Dictionary<string, object?>
        {
            ["name"] = "say \"hi\"\\now",
            ["lines"] = "a\nb\tc\r",
            ["ctrl"] = "\u0001\u001f\b\f",
            ["sep"] = "x\u2028y",
            ["unicode"] = "héllo ✓ 😀",
            ["n"] = 42,
            ["pi"] = 3.14159,
            ["tiny"] = 1e-7,
            ["ok"] = true,
            ["none"] = null,
            ["list"] = new List<object?> { 1, "two", null, new List<object?>() },
        };
        Console.WriteLine(Json.Write(doc));
        Console.WriteLine(Json.Quote("") + Json.Quote("'") + Json.Quote("</script>"));
    }
}
