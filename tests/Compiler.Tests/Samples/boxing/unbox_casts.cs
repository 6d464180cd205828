using System;
using System.Collections.Generic;

public enum Kind { A = 1, B = 2 }

public static class Program
{
    public static void Main()
    {
        var bag = new Dictionary<string, object>
        {
            ["count"] = 3,
            ["ratio"] = 0.75,
            ["name"] = "probe",
            ["kind"] = Kind.B,
            ["big"] = 9_007_199_254_740_993L,
            ["flag"] = false,
        };
        int count = (int)bag["count"];
        double ratio = (double)bag["ratio"];
        Kind kind = (Kind)bag["kind"];
        long big = (long)bag["big"];
        Console.WriteLine($"{count + 1} {ratio * 2} {kind} {big + 1} {!(bool)bag["flag"]}");
        Console.WriteLine((int)bag["kind"]);
        try { var bad = (long)bag["count"]; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException: int is not long"); }
        try { var bad = (int)bag["ratio"]; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException: double is not int"); }
        object? nothing = null;
        try { var n = (int)nothing!; Console.WriteLine(n); }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        int? maybe = (int?)nothing;
        Console.WriteLine(maybe.HasValue);
        Console.WriteLine(bag["count"] as int? ?? -1);
        Console.WriteLine(bag["name"] as int? ?? -1);
        Console.WriteLine((bag["name"] as string)?.ToUpper());
    }
}
