using System;
using System.Collections.Generic;

public static class Program
{
    static string Describe(object? o) => o switch
    {
        null => "null",
        string { Length: > 5 } s => "long string " + s.Substring(0, 5) + "...",
        string s => "string '" + s + "'",
        int i when i < 0 => "negative int",
        int i => "int " + i,
        double d => "double " + d.ToString("F2"),
        bool b => b ? "yes" : "no",
        List<string> l => "list[" + l.Count + "]",
        Exception e => "error " + e.Message,
        _ => "other " + o.GetType().Name,
    };

    public static void Main()
    {
        object?[] xs = { null, "hi", "greetings", -3, 7, 2.0 / 3, true, new List<string> { "a" }, new FormatException("bad"), 'c' };
        foreach (var x in xs) Console.WriteLine(Describe(x));
    }
}
