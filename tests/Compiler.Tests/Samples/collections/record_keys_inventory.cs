using System;
using System.Collections.Generic;
using System.Linq;

public record Sku(string Vendor, string Code);
public record Line(Sku Sku, int Quantity);

public static class Program
{
    public static void Main()
    {
        var stock = new Dictionary<Sku, int>();
        void Receive(string vendor, string code, int n)
        {
            var key = new Sku(vendor, code);
            stock[key] = stock.TryGetValue(key, out var have) ? have + n : n;
        }
        Receive("acme", "A-1", 5);
        Receive("acme", "B-2", 3);
        Receive("acme", "A-1", 2);
        Receive("zeta", "A-1", 7);
        foreach (var (sku, n) in stock) Console.WriteLine($"{sku} -> {n}");

        var order = new List<Line> { new(new Sku("acme", "A-1"), 4), new(new Sku("zeta", "A-1"), 9), new(new Sku("acme", "C-3"), 1) };
        foreach (var line in order)
        {
            var ok = stock.TryGetValue(line.Sku, out var have) && have >= line.Quantity;
            Console.WriteLine($"{line.Sku.Vendor}/{line.Sku.Code}: {(ok ? "ship" : "backorder")}");
        }

        var byVendor = stock.Keys.ToLookup(k => k.Vendor);
        Console.WriteLine(string.Join(" ", byVendor["acme"].Select(k => k.Code)) + " | " + byVendor["none"].Count());

        var lines = new[] { new Line(new Sku("a", "1"), 1), new Line(new Sku("a", "1"), 1), new Line(new Sku("a", "1"), 2) };
        Console.WriteLine(lines.Distinct().Count());
        Console.WriteLine(new HashSet<Line>(lines).Count);
        var totals = lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        Console.WriteLine(totals[new Sku("a", "1")]);
    }
}
