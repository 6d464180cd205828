using System;
using System.Collections.Generic;

public enum Unit { Ms, Bytes }

public static class Program
{
    // A tiny metrics formatter that receives untyped values, as from a JSON-ish bag.
    static string Format(string name, object? value) => value switch
    {
        null => $"{name}=null",
        bool flag => $"{name}={(flag ? 1 : 0)}",
        int n when n < 0 => $"{name}=neg({n})",
        int n => $"{name}={n}i",
        long l => $"{name}={l}L",
        double d when double.IsNaN(d) => $"{name}=NaN",
        double d => $"{name}={d:0.###}",
        Unit u => $"{name}@{u}",
        string s => $"{name}=\"{s}\"",
        _ => $"{name}=?{value.GetType().Name}",
    };

    public static void Main()
    {
        var bag = new Dictionary<string, object?>
        {
            ["up"] = true, ["count"] = 42, ["delta"] = -3, ["total"] = 1L << 40,
            ["rtt"] = 12.34567, ["loss"] = double.NaN, ["unit"] = Unit.Bytes, ["id"] = "pc-1", ["none"] = null, ["c"] = 'z',
        };
        foreach (var kv in bag) Console.WriteLine(Format(kv.Key, kv.Value));
        int ints = 0, doubles = 0;
        foreach (var v in bag.Values) { if (v is int) ints++; if (v is double) doubles++; }
        Console.WriteLine(ints + " " + doubles);
    }
}
