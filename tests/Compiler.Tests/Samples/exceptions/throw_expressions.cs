using System;
using System.Collections.Generic;

class Config
{
    private readonly Dictionary<string, string> values = new Dictionary<string, string> { ["port"] = "8080" };
    public string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException("no setting '" + key + "'");
    public string Name { get; }
    public Config(string? name) { Name = name ?? throw new ArgumentNullException(nameof(name)); }
}

public static class Program
{
    static int Positive(int x) => x > 0 ? x : throw new ArgumentOutOfRangeException(nameof(x), x, "must be positive");

    public static void Main()
    {
        var c = new Config("main");
        Console.WriteLine(c.Get("port"));
        try { c.Get("host"); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try { new Config(null); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName + " | " + e.Message); }
        Console.WriteLine(Positive(5));
        try { Positive(-2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " " + e.ActualValue + " | " + e.Message); }
    }
}
