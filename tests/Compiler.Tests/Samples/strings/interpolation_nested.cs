using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var items = new List<(string Name, double Price)> { ("tea", 2.5), ("cake", 3.75) };
        Console.WriteLine($"Items: {string.Join(", ", items.Select(i => $"{i.Name} ({i.Price:F2})"))}");
        int n = 3;
        Console.WriteLine($"{n} item{(n == 1 ? "" : "s")}");
        Console.WriteLine($"{"left",-6}|{"right",6}|{n,3:D2}|");
        string? missing = null;
        Console.WriteLine($"value: {missing ?? "n/a"} len: {missing?.Length}");
        var nested = $"outer {$"inner {n * 2}"} end";
        Console.WriteLine(nested);
        Console.WriteLine($@"verbatim {n} \path");
        char c = 'q';
        Console.WriteLine($"{c}{(int)c}{c + 1}");
    }
}
