using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var calls = 0;
        var src = new List<int> { 1, 2, 3, 4 };
        var q = src.Where(x => { calls++; return x % 2 == 0; });
        Console.WriteLine("before: " + calls);
        Console.WriteLine(string.Join(",", q));
        Console.WriteLine("after one: " + calls);
        src.Add(6);
        Console.WriteLine(string.Join(",", q));
        Console.WriteLine("after two: " + calls);
        var materialized = q.ToList();
        src.Add(8);
        Console.WriteLine(materialized.Count + " vs " + q.Count());
        var first = src.Select(x => { Console.WriteLine("visit " + x); return x; }).First(x => x > 1);
        Console.WriteLine("first " + first);
    }
}
