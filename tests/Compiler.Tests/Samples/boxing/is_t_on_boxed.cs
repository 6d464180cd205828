using System;
using System.Collections.Generic;

public enum Color { Red, Green }

public static class Program
{
    static bool IsA<T>(object o) => o is T;
    static T Or<T>(object o, T fallback) => o is T t ? t : fallback;
    static string Kind<T>(T value) => value switch { int => "int", double => "double", Color => "color", string => "string", _ => "other" };

    public static void Main()
    {
        object[] values = { 1, 1.0, Color.Green, "s", 'c', 2L, true };
        foreach (var v in values)
            Console.WriteLine($"{v}: int={IsA<int>(v)} double={IsA<double>(v)} color={IsA<Color>(v)} long={IsA<long>(v)} obj={IsA<object>(v)}");
        Console.WriteLine(Or(values[0], -1) + " " + Or(values[1], -1) + " " + Or<Color>(values[2], Color.Red) + " " + Or(values[3], "none"));
        Console.WriteLine(Kind(5) + " " + Kind(5.0) + " " + Kind(Color.Red) + " " + Kind("x") + " " + Kind(5L));
        Console.WriteLine(IsA<int?>(values[0]) + " " + IsA<int?>(values[1]));
    }
}
