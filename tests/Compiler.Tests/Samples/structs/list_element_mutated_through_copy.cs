using System;
using System.Collections.Generic;

public struct Counter
{
    public string Name;
    public int Hits;
    public Counter(string name) { Name = name; Hits = 0; }
    public void Hit() => Hits++;
    public override string ToString() => $"{Name}:{Hits}";
}

public static class Program
{
    public static void Main()
    {
        var list = new List<Counter> { new Counter("a"), new Counter("b") };
        var first = list[0];
        first.Hit();
        first.Hit();
        Console.WriteLine($"{first} {list[0]}");
        list[0].Hit();
        Console.WriteLine(list[0]);
        var c = list[1];
        c.Hits = 10;
        list[1] = c;
        c.Hits = 99;
        Console.WriteLine(string.Join(", ", list));

        var arr = new Counter[3];
        arr[0].Name = "x";
        arr[0].Hit();
        arr[1] = arr[0];
        arr[1].Hit();
        Console.WriteLine($"{arr[0]} {arr[1]} [{arr[2].Name ?? "null"}:{arr[2].Hits}]");

        foreach (var item in list)
        {
            var copy = item;
            copy.Hit();
            Console.WriteLine($"{item} -> {copy}");
        }
        var dict = new Dictionary<string, Counter> { ["k"] = new Counter("k") };
        var fromDict = dict["k"];
        fromDict.Hit();
        Console.WriteLine($"{dict["k"]} {fromDict}");
    }
}
