using System;
using System.Collections.Generic;

class Options
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 80;
    public List<string> Tags { get; } = new List<string>();
    public Options? Fallback { get; set; }
    public override string ToString() => $"{Host}:{Port} [{string.Join(",", Tags)}] fb={(Fallback == null ? "none" : Fallback.ToString())}";
}

public static class Program
{
    public static void Main()
    {
        var o = new Options { Port = 8080, Tags = { "a", "b" } };
        Console.WriteLine(o);
        var p = new Options { Host = "h", Fallback = new Options { Host = "f", Port = 1 } };
        Console.WriteLine(p);
        var list = new List<int> { 3, 1, 2 };
        Console.WriteLine(list.Count);
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        var dict2 = new Dictionary<string, int> { { "x", 9 } };
        Console.WriteLine(dict["two"] + dict2["x"]);
        var anon = new { Name = "n", Count = 3 };
        Console.WriteLine(anon.Name + anon.Count);
        Console.WriteLine(anon);
    }
}
