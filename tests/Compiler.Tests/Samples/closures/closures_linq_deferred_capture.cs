using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        int threshold = 2;
        var xs = new[] { 1, 2, 3, 4 };
        var above = xs.Where(x => x > threshold);
        threshold = 3;
        Console.WriteLine(string.Join(",", above));
        var queries = new List<IEnumerable<int>>();
        for (int i = 0; i < 3; i++) queries.Add(xs.Where(x => x > i));
        Console.WriteLine(string.Join(" | ", queries.Select(q => string.Join(",", q))));
        var queries2 = new List<IEnumerable<int>>();
        foreach (var i in new[] { 0, 1, 2 }) queries2.Add(xs.Where(x => x > i));
        Console.WriteLine(string.Join(" | ", queries2.Select(q => string.Join(",", q))));
        var counter = 0;
        var tagged = xs.Select(x => (x, ++counter)).ToList();
        Console.WriteLine(string.Join(" ", tagged) + " counter=" + counter);
    }
}
