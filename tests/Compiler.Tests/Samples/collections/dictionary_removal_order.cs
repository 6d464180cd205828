using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var d = new Dictionary<string, int>();
        foreach (var k in new[] { "a", "b", "c", "d", "e" }) d[k] = k[0] - 'a';
        d.Remove("b");
        d.Remove("d");
        d["x"] = 10;
        d["y"] = 11;
        d["z"] = 12;
        Console.WriteLine(string.Join(",", d.Keys));
        Console.WriteLine(string.Join(",", d.Values));

        var s = new HashSet<int> { 1, 2, 3, 4, 5 };
        s.Remove(2);
        s.Add(20);
        s.Remove(5);
        s.Remove(1);
        s.Add(50);
        s.Add(10);
        s.Add(60);
        Console.WriteLine(string.Join(",", s));
        s.RemoveWhere(x => x > 25);
        s.Add(7);
        Console.WriteLine(string.Join(",", s));

        var byId = new Dictionary<int, string>();
        for (int i = 0; i < 6; i++) byId.Add(i * 7, "v" + i);
        foreach (var id in byId.Keys.Where(k => k % 2 == 0).ToList()) byId.Remove(id);
        byId[100] = "new";
        byId[101] = "newer";
        Console.WriteLine(string.Join(" ", byId.Select(kv => kv.Key + "=" + kv.Value)));
        byId.Clear();
        byId[1] = "after clear";
        Console.WriteLine(string.Join(" ", byId));
    }
}
