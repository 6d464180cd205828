using System;

static class Cache
{
    public static int Hits;
}

class Config
{
    public const string Name = "cfg";
    public const double Ratio = 0.25;
    public const int Big = 1 << 20;
    public static string Describe() => $"{Name} {Ratio} {Big}";
}

static class Ext
{
    public static int Doubled(this int x) => x * 2;
    public static string Shout(this string s, int times = 1) => s.ToUpperInvariant() + new string('!', times);
    public static bool IsBlank(this string? s) => string.IsNullOrWhiteSpace(s);
}

public static class Program
{
    public static void Main()
    {
        Cache.Hits++;
        Cache.Hits++;
        Cache.Hits += 5;
        Console.WriteLine(Cache.Hits);
        Console.WriteLine(Config.Describe());
        Console.WriteLine(21.Doubled());
        Console.WriteLine("hi".Shout(3));
        Console.WriteLine(Ext.Shout("x"));
        string? n = null;
        Console.WriteLine(n.IsBlank() + " " + "  ".IsBlank() + " " + "a".IsBlank());
    }
}
