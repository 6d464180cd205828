using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var rtts = new[] { 31, 28, 45, 120, 33, 29, 30, 300, 27 };
        Console.WriteLine(string.Join(",", rtts.TakeLast(3)) + " | " + string.Join(",", rtts.SkipLast(6)) + " | " + rtts.TakeLast(0).Count() + " " + rtts.SkipLast(20).Count() + " " + rtts.TakeLast(50).Count());
        var window = rtts.TakeLast(5).Average();
        Console.WriteLine(window);
        var names = new[] { "teams", "meet", "connect" };
        var ids = new[] { 1, 2, 3, 4 };
        var up = new[] { true, false, true };
        foreach (var (id, name, isUp) in ids.Zip(names, up)) Console.Write($"{id}:{name}:{(isUp ? "up" : "down")} ");
        Console.WriteLine();
        var triples = names.Zip(ids, up).Select(t => t.First.Length + t.Second + (t.Third ? 1 : 0));
        Console.WriteLine(string.Join(",", triples));
        var recent = new List<string> { "a", "b", "c", "d" };
        var last2 = recent.TakeLast(2);
        recent.Add("e");
        Console.WriteLine(string.Join("", last2) + " " + string.Join("", recent.SkipLast(1).TakeLast(2)));
        var hosts = new[] { "a", "b", "c" };
        var excluded = new[] { "B" };
        Console.WriteLine(string.Join(",", hosts.ExceptBy(excluded, h => h.ToUpperInvariant())) + " " + string.Join(",", hosts.IntersectBy(new[] { "c", "a", "a" }, h => h)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4 }.UnionBy(new[] { 5, 6, 7 }, x => x % 3)));
    }
}
