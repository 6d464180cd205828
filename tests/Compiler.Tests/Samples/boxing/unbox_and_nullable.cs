using System;
using System.Collections.Generic;

public enum State { Off, On }

public static class Program
{
    static int ReadInt(Dictionary<string, object> d, string key) => d.TryGetValue(key, out var o) && o is int i ? i : -1;

    public static void Main()
    {
        var d = new Dictionary<string, object> { ["a"] = 10, ["b"] = 2.5, ["s"] = State.On, ["t"] = "text" };
        Console.WriteLine(ReadInt(d, "a") + " " + ReadInt(d, "b") + " " + ReadInt(d, "zz"));
        int? n = d["a"] as int?;
        int? m = d["b"] as int?;
        Console.WriteLine(n + " " + (m == null) + " " + (d["s"] as State?));
        object boxedNullable = (int?)7;
        object empty = (int?)null!;
        Console.WriteLine(boxedNullable + " " + (boxedNullable is int) + " " + (empty == null));
        State s = (State)d["s"];
        int raw = (int)d["s"];
        Console.WriteLine(s + " " + raw);
        try { double bad = (double)d["a"]; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("cast refused"); }
        var sum = 0.0;
        foreach (var v in d.Values) if (v is double x) sum += x; else if (v is int y) sum += y;
        Console.WriteLine(sum);
    }
}
