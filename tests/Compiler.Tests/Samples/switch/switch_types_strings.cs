using System;
using System.Collections.Generic;

public static class Program
{
    static string Describe(object? o) => o switch
    {
        null => "null",
        string { Length: > 5 } s => "long string " + s.Substring(0, 5) + "...",
        string s => "string '" + s + "'",
        int[] { Length: 0 } => "empty int[]",
        int[] a => "int[] of " + a.Length,
        Func<int> f => "func returning " + f(),
        Exception e => "error " + e.Message,
        _ => "other " + o.GetType().Name,
    };

    public static void Main()
    {
        object?[] xs = { null, "hi", "greetings", new int[0], new[] { 1, 2 }, (Func<int>)(() => 42), new FormatException("bad"), new object() };
        foreach (var x in xs) Console.WriteLine(Describe(x));
    }
}
