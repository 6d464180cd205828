using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public sealed class JsonWriter
{
    private readonly StringBuilder _sb = new();
    private readonly bool _indent;
    public JsonWriter(bool indent) => _indent = indent;

    public static string Serialize(object? value, bool indent = false)
    {
        var w = new JsonWriter(indent);
        w.Write(value, 0);
        return w._sb.ToString();
    }

    private void NewLine(int depth)
    {
        if (!_indent) return;
        _sb.Append('\n').Append(' ', depth * 2);
    }

    private void Write(object? value, int depth)
    {
        switch (value)
        {
            case null: _sb.Append("null"); break;
            case string s: WriteString(s); break;
            case bool b: _sb.Append(b ? "true" : "false"); break;
            case int or long or short or byte: _sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case double d when double.IsNaN(d) || double.IsInfinity(d): _sb.Append("null"); break;
            case double d: _sb.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case decimal m: _sb.Append(m.ToString(CultureInfo.InvariantCulture)); break;
            case DateTime dt: WriteString(dt.ToString("yyyy-MM-ddTHH:mm:ss")); break;
            case Enum e: WriteString(e.ToString()); break;
            case IDictionary<string, object?> map:
                _sb.Append('{');
                int i = 0;
                foreach (var kv in map.OrderBy(k => k.Key, StringComparer.Ordinal))
                {
                    if (i++ > 0) _sb.Append(',');
                    NewLine(depth + 1);
                    WriteString(kv.Key);
                    _sb.Append(_indent ? ": " : ":");
                    Write(kv.Value, depth + 1);
                }
                if (i > 0) NewLine(depth);
                _sb.Append('}');
                break;
            case IEnumerable list:
                _sb.Append('[');
                int n = 0;
                foreach (var x in list)
                {
                    if (n++ > 0) _sb.Append(',');
                    NewLine(depth + 1);
                    Write(x, depth + 1);
                }
                if (n > 0) NewLine(depth);
                _sb.Append(']');
                break;
            default: WriteString(value.ToString() ?? ""); break;
        }
    }

    private void WriteString(string s)
    {
        _sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\t': _sb.Append("\\t"); break;
                default:
                    if (c < ' ') _sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else _sb.Append(c);
                    break;
            }
        }
        _sb.Append('"');
    }
}

public enum Level { Info, Warn }

public static class Program
{
    public static void Main()
    {
        var doc = new Dictionary<string, object?>
        {
            ["service"] = "exporter",
            ["version"] = 3,
            ["uptime"] = 12.5,
            ["ratio"] = 1.0 / 3,
            ["price"] = 19.90m,
            ["level"] = Level.Warn,
            ["started"] = new DateTime(2024, 2, 29, 23, 59, 1),
            ["tags"] = new[] { "a\"b", "c\\d", "tab\there" },
            ["counts"] = new List<int> { 1, 2, 3 },
            ["empty"] = new List<object?>(),
            ["nested"] = new Dictionary<string, object?> { ["ok"] = true, ["none"] = null, ["nan"] = double.NaN, ["big"] = 9007199254740993L },
            ["ctrl"] = "\u0001x",
        };
        Console.WriteLine(JsonWriter.Serialize(doc));
        Console.WriteLine(JsonWriter.Serialize(doc["nested"], indent: true));
        Console.WriteLine(JsonWriter.Serialize(new object?[] { 1, "two", null, new Dictionary<string, object?>() }, indent: true));
        Console.WriteLine(JsonWriter.Serialize(new List<object?> { Level.Info, 0.1 + 0.2, -0.0, 1e21, long.MinValue }));
    }
}
