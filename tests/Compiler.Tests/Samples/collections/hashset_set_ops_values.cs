using System;
using System.Collections.Generic;
using System.Linq;

public record Tag(string Key, string Value);

public static class Program
{
    public static void Main()
    {
        var a = new HashSet<Tag> { new("env", "prod"), new("team", "voice"), new("tier", "1") };
        var b = new HashSet<Tag> { new("env", "prod"), new("tier", "2") };
        var union = new HashSet<Tag>(a); union.UnionWith(b);
        var inter = new HashSet<Tag>(a); inter.IntersectWith(b);
        var diff = new HashSet<Tag>(a); diff.ExceptWith(b);
        var sym = new HashSet<Tag>(a); sym.SymmetricExceptWith(b);
        Console.WriteLine(union.Count + " " + inter.Count + " " + diff.Count + " " + sym.Count);
        Console.WriteLine(string.Join(" ", sym.Select(t => t.Key + "=" + t.Value)));
        Console.WriteLine(a.IsSupersetOf(inter) + " " + b.IsSubsetOf(union) + " " + a.Overlaps(b) + " " + a.SetEquals(b));
        var pairs = new HashSet<(int, int)>();
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) pairs.Add((Math.Min(i, j), Math.Max(i, j)));
        Console.WriteLine(pairs.Count);
        var lists = new HashSet<List<int>> { new List<int> { 1 }, new List<int> { 1 } };
        Console.WriteLine(lists.Count);
        var arrays = new[] { new[] { 1, 2 }, new[] { 1, 2 } }.Distinct().Count();
        Console.WriteLine(arrays);
    }
}
