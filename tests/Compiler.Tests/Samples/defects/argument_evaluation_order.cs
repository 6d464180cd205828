using System;
using System.Collections.Generic;

public static class Program
{
    static readonly List<string> log = new List<string>();
    static int counter;
    static int Next(string tag) { log.Add(tag + counter); return counter++; }

    static string Format(int a, int b, int c = 100) => $"{a},{b},{c}";
    static string Format(long a, int b) => $"long {a},{b}";
    static string Named(int first, int second, int third) => $"{first}-{second}-{third}";
    static void Out(int a, out int b, int c) { b = a + c; }

    public static void Main()
    {
        Console.WriteLine(Format(Next("a"), Next("b")));
        Console.WriteLine(Format(Next("c"), Next("d"), Next("e")));
        Console.WriteLine(Format((long)Next("f"), Next("g")));
        Console.WriteLine(Named(third: Next("t"), first: Next("f"), second: Next("s")));
        Out(Next("x"), out var r, Next("y"));
        Console.WriteLine(r);
        var arr = new int[5];
        int i = 0;
        arr[i++] = i++;
        arr[i] = i = 4;
        Console.WriteLine(string.Join(",", arr) + " i=" + i);
        int x = 1;
        x += x++ * ++x;
        Console.WriteLine(x);
        var d = new Dictionary<string, int>();
        d[Next("k").ToString()] = Next("v");
        Console.WriteLine(string.Join(";", d));
        Console.WriteLine(string.Join(" ", log));
    }
}
