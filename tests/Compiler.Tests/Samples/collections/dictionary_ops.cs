using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var d = new Dictionary<string, int>();
        d["b"] = 2;
        d["a"] = 1;
        d.Add("c", 3);
        d["b"] = 20;
        Console.WriteLine(d.Count + " " + d["b"]);
        foreach (var kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
        foreach (var (k, v) in d) Console.WriteLine($"{k}->{v}");
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values));
        Console.WriteLine(d.ContainsKey("a") + " " + d.ContainsValue(3) + " " + d.ContainsKey("zz"));
        Console.WriteLine(d.Remove("a") + " " + d.Remove("a"));
        try { d.Add("b", 5); }
        catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        try { Console.WriteLine(d["missing"]); }
        catch (KeyNotFoundException) { Console.WriteLine("missing key"); }
        Console.WriteLine(d.GetValueOrDefault("zz", -1));
        Console.WriteLine(d.TryAdd("b", 0) + " " + d.TryAdd("n", 0));
        var byInt = new Dictionary<int, string> { [1] = "one", [2] = "two" };
        Console.WriteLine(byInt[2]);
    }
}
