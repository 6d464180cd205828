using System;
using System.Collections.Generic;

public enum Unit { Ms, Percent, Bytes }
public sealed record Sample(string Name, double Value, Unit Unit);
public sealed record Counter(string Name, long Total);

public static class Program
{
    static string Render(object? o) => o switch
    {
        null => "null",
        Sample { Unit: Unit.Percent } s => $"{s.Name} {s.Value:P0}",
        Sample { Value: > 1000 } s => $"{s.Name} big {s.Value}",
        Sample s => $"{s.Name} {s.Value} {s.Unit}",
        Counter { Total: 0 } => "idle counter",
        Counter c => $"{c.Name} total {c.Total}",
        int n when n < 0 => "negative " + n,
        int n => "int " + n,
        long l => "long " + l,
        double d => "double " + d.ToString("F2"),
        bool b => b ? "yes" : "no",
        char ch => "char '" + ch + "'",
        Unit u => "unit " + u,
        string { Length: 0 } => "empty string",
        string str => "string " + str,
        int[] arr => "ints " + arr.Length,
        _ => "other " + o.GetType().Name,
    };

    static int Weight(object o)
    {
        switch (o)
        {
            case int i when i > 10: return 3;
            case int: return 2;
            case double: return 1;
            case Unit.Bytes: return 10;
            case Unit: return 5;
            default: return 0;
        }
    }

    public static void Main()
    {
        var items = new List<object?>
        {
            new Sample("jitter", 12.5, Unit.Ms), new Sample("loss", 0.031, Unit.Percent), new Sample("bytes", 52000, Unit.Bytes),
            new Counter("calls", 0), new Counter("pushes", 12), -4, 7, 7L, 3.14159, true, 'k', Unit.Bytes, "", "hi", new[] { 1, 2 }, null, 2.5f, (byte)9,
        };
        foreach (var item in items) Console.WriteLine(Render(item));
        var total = 0;
        foreach (var o in new object[] { 1, 20, 2.0, Unit.Ms, Unit.Bytes, "s" }) total += Weight(o);
        Console.WriteLine(total);
    }
}
