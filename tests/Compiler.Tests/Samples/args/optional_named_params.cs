using System;

public static class Program
{
    static string Fmt(string name, int width = 10, char pad = '.', bool right = false) =>
        right ? name.PadLeft(width, pad) : name.PadRight(width, pad);

    static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
    static string Join(string sep, params object[] parts) => string.Join(sep, parts);
    static string Tagged(string tag, string? value = null) => tag + "=" + (value ?? "<null>");

    public static void Main()
    {
        Console.WriteLine("|" + Fmt("a") + "|");
        Console.WriteLine("|" + Fmt("b", 5) + "|");
        Console.WriteLine("|" + Fmt("c", pad: '-') + "|");
        Console.WriteLine("|" + Fmt("d", right: true, width: 6) + "|");
        Console.WriteLine("|" + Fmt(pad: '*', name: "e") + "|");
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(1));
        Console.WriteLine(Sum(1, 2, 3));
        Console.WriteLine(Sum(new[] { 4, 5 }));
        Console.WriteLine(Join("-", 1, "two", 3.5, 'c', true));
        Console.WriteLine(Tagged("k"));
        Console.WriteLine(Tagged("k", "v"));
    }
}
