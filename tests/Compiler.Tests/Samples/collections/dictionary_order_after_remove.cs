using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var peers = new Dictionary<string, int> { ["p1"] = 1, ["p2"] = 2, ["p3"] = 3 };
        peers.Remove("p1");
        peers["p4"] = 4;
        Console.WriteLine(string.Join(",", peers.Keys));
        var set = new HashSet<int> { 1, 2, 3 };
        set.Remove(2);
        set.Add(9);
        Console.WriteLine(string.Join(",", set));
    }
}
