using System;
using System.Collections.Generic;
using System.Linq;

public enum Unit { Ms, Bytes, Percent }

public static class Program
{
    static string Render(object v) => v switch
    {
        double d => d.ToString("0.###"),
        float f => f.ToString("0.#"),
        int i => i.ToString("N0"),
        long l => l.ToString("N0"),
        Unit u => u.ToString().ToLowerInvariant(),
        bool b => b ? "yes" : "no",
        IEnumerable<int> xs => "[" + string.Join(",", xs) + "]",
        _ => v.ToString() ?? "",
    };

    public static void Main()
    {
        var row = new object[] { 12345, 3.14159, 2.25f, 12_000_000_000L, Unit.Percent, true, new List<int> { 1, 2 }, "text" };
        Console.WriteLine(string.Join(" | ", row.Select(Render)));
        Console.WriteLine(row.OfType<int>().Sum() + " " + row.OfType<double>().Count() + " " + row.OfType<string>().Single());
        Console.WriteLine(string.Join(",", row.Select(x => x.GetType().Name)));
        var numbers = row.Where(x => x is int or long or double or float).ToList();
        Console.WriteLine(numbers.Count);
        object sum = 0;
        foreach (var n in new object[] { 1, 2, 3 }) sum = (int)sum + (int)n;
        Console.WriteLine(sum);
    }
}
