using System;
using System.Collections.Generic;

struct Batch
{
    public string Name;
    public int[] Values;
    public List<string> Tags;
    public int Version;
}

struct Plain { public int A; public double B; }

public static class Program
{
    public static void Main()
    {
        var a = new Batch { Name = "a", Values = new[] { 1, 2 }, Tags = new List<string> { "x" }, Version = 1 };
        var b = a;
        b.Name = "b";
        b.Version++;
        b.Values[0] = 99;
        b.Tags.Add("y");
        b.Values = new[] { 7 };
        Console.WriteLine($"{a.Name} v{a.Version} [{string.Join(",", a.Values)}] {string.Join(",", a.Tags)}");
        Console.WriteLine($"{b.Name} v{b.Version} [{string.Join(",", b.Values)}] {string.Join(",", b.Tags)}");
        Console.WriteLine(new Plain { A = 1, B = 2.5 }.ToString());
        Console.WriteLine(default(Plain).Equals(new Plain()));
        var arr = new Plain[2];
        arr[0].A = 5;
        var copy = (Plain[])arr.Clone();
        copy[0].A = 6;
        Console.WriteLine(arr[0].A + " " + copy[0].A);
        var list = new List<Plain>(arr);
        Console.WriteLine(list[0].A + " " + list.Count);
    }
}
