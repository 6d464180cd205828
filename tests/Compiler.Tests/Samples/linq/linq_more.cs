using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var a = new[] { 1, 2, 3 };
        var b = new[] { "x", "y", "z", "w" };
        Console.WriteLine(string.Join(",", a.Zip(b, (n, s) => s + n)));
        Console.WriteLine(string.Join(",", a.Concat(new[] { 9, 8 })));
        Console.WriteLine(string.Join(",", new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(x => x)));
        Console.WriteLine(a.Aggregate((acc, x) => acc * 10 + x));
        Console.WriteLine(a.Aggregate("s", (acc, x) => acc + x));
        Console.WriteLine(string.Join(",", Enumerable.Range(3, 4)));
        Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 2)));
        Console.WriteLine(Enumerable.Empty<int>().Count());
        Console.WriteLine(string.Join(",", a.Reverse()));
        Console.WriteLine(string.Join(",", b.OrderBy(s => s).Take(2)));
        Console.WriteLine(string.Join(",", a.TakeWhile(x => x < 3)) + "|" + string.Join(",", a.SkipWhile(x => x < 2)));
        var words = "the quick brown fox jumps over the lazy dog".Split(' ');
        var freq = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + ":" + string.Join("/", g));
        foreach (var f in freq) Console.WriteLine(f);
        Console.WriteLine(words.Select(w => w.Length).Average().ToString("F3"));
        Console.WriteLine(new[] { 2.5, 3.5 }.Sum());
        var maxBy = words.OrderByDescending(w => w.Length).First();
        Console.WriteLine(maxBy);
        Console.WriteLine(a.SequenceEqual(new[] { 1, 2, 3 }));
        Console.WriteLine(string.Join(",", a.Select(x => x.ToString()).ToList()));
    }
}
