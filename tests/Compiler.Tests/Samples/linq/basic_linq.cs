using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var xs = new List<int> { 5, 3, 8, 1, 9, 2, 8 };
        Console.WriteLine(string.Join(",", xs.Where(x => x > 3)));
        Console.WriteLine(string.Join(",", xs.Select(x => x * x)));
        Console.WriteLine(string.Join(",", xs.Select((x, i) => i + ":" + x)));
        Console.WriteLine(xs.Any(x => x > 8) + " " + xs.All(x => x > 0) + " " + xs.Any());
        Console.WriteLine(xs.Count() + " " + xs.Count(x => x == 8));
        Console.WriteLine(xs.First() + " " + xs.First(x => x > 5) + " " + xs.Last() + " " + xs.Last(x => x < 5));
        Console.WriteLine(xs.FirstOrDefault(x => x > 100) + " " + xs.LastOrDefault(x => x > 100));
        Console.WriteLine(xs.Sum() + " " + xs.Min() + " " + xs.Max() + " " + xs.Average());
        Console.WriteLine(string.Join(",", xs.Distinct()));
        Console.WriteLine(string.Join(",", xs.Skip(2).Take(3)));
        Console.WriteLine(string.Join(",", xs.OrderBy(x => x)));
        Console.WriteLine(string.Join(",", xs.OrderByDescending(x => x)));
        Console.WriteLine(xs.Contains(9) + " " + xs.Contains(10));
        Console.WriteLine(new[] { 4 }.Single() + " " + new int[0].SingleOrDefault());
        try { xs.Single(x => x == 8); }
        catch (InvalidOperationException) { Console.WriteLine("more than one"); }
        try { new List<int>().First(); }
        catch (InvalidOperationException) { Console.WriteLine("empty"); }
    }
}
