using System;

struct Range
{
    public int Start;
    public int End;
    public int Length => End - Start;
    public Range(int start, int end) { Start = start; End = end; }
    public bool Contains(int x) => x >= Start && x < End;
    public override string ToString() => $"[{Start}, {End})";
}

struct Settings
{
    public int Retries = 3;
    public string Host = "localhost";
    public bool Secure;
    public Settings() { }
    public Settings(string host) { Host = host; }
    public override string ToString() => $"{Host} retries={Retries} secure={Secure}";
}

struct Node
{
    public Range Span;
    public int Depth;
}

public static class Program
{
    static T Default<T>() => default!;

    public static void Main()
    {
        Range r = default;
        Console.WriteLine(r + " " + r.Length + " " + r.Contains(0));
        var r2 = new Range(2, 5);
        Console.WriteLine(r2 + " " + r2.Length + " " + r2.Contains(4));
        var r3 = new Range();
        Console.WriteLine(r3.Equals(r) + " " + r3.Equals(r2));
        Console.WriteLine(new Settings());
        Console.WriteLine(new Settings("example.org"));
        Console.WriteLine(default(Settings).Host == null);
        Settings[] many = new Settings[2];
        Console.WriteLine(many[0].Retries + " " + (many[1].Host ?? "null"));
        var n = new Node();
        n.Span.End = 10;
        var n2 = n;
        n2.Span.Start = 4;
        Console.WriteLine(n.Span + " " + n2.Span + " " + n.Depth);
        Console.WriteLine(Default<Range>());
        Console.WriteLine(Default<Range>().Equals(default(Range)));
    }
}
