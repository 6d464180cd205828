using System;
using System.Collections.Generic;
using System.Linq;

public enum Warehouse { North, South, East }
public readonly record struct Sku(string Code, int Size);
public record Item(Sku Sku, string Name, decimal Price);

public static class Program
{
    public static void Main()
    {
        var stock = new Dictionary<(Warehouse, Sku), int>();
        void Add(Warehouse w, Sku s, int n) => stock[(w, s)] = stock.GetValueOrDefault((w, s)) + n;
        Add(Warehouse.North, new Sku("TEE", 2), 10);
        Add(Warehouse.South, new Sku("TEE", 2), 4);
        Add(Warehouse.North, new Sku("TEE", 3), 1);
        Add(Warehouse.North, new Sku("TEE", 2), 5);
        Add(Warehouse.East, new Sku("CAP", 0), 7);
        Console.WriteLine(stock.Count + " " + stock[(Warehouse.North, new Sku("TEE", 2))]);

        var totals = stock.GroupBy(kv => kv.Key.Item2).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        foreach (var (sku, n) in totals.OrderBy(t => t.Key.Code).ThenBy(t => t.Key.Size))
            Console.WriteLine($"{sku.Code}/{sku.Size}: {n}");

        var byWarehouse = stock.ToLookup(kv => kv.Key.Item1, kv => kv.Key.Item2);
        foreach (var w in Enum.GetValues<Warehouse>())
            Console.WriteLine($"{w,-6}{byWarehouse[w].Count()} [{string.Join(" ", byWarehouse[w])}]");

        var catalog = new List<Item>
        {
            new(new Sku("TEE", 2), "T-shirt M", 12.5m),
            new(new Sku("TEE", 3), "T-shirt L", 13m),
            new(new Sku("CAP", 0), "Cap", 9.99m),
        };
        var prices = catalog.ToDictionary(i => i.Sku);
        var value = stock.Sum(kv => prices[kv.Key.Item2].Price * kv.Value);
        Console.WriteLine($"stock value {value:C2}".Replace("¤", "$"));
        Console.WriteLine(value.ToString("F2"));

        var seen = new HashSet<Sku>();
        var dups = catalog.Concat(catalog.Take(1)).Where(i => !seen.Add(i.Sku)).Select(i => i.Name);
        Console.WriteLine("dups: " + string.Join(",", dups));
        var set = new HashSet<(string, int?)> { ("a", null), ("a", null), ("a", 1) };
        Console.WriteLine(set.Count + " " + set.Contains(("a", null)));
        var byName = new SortedDictionary<string, decimal>(catalog.ToDictionary(i => i.Name, i => i.Price), StringComparer.Ordinal);
        Console.WriteLine(string.Join("; ", byName.Select(kv => $"{kv.Key}={kv.Value}")));
        stock.Remove((Warehouse.East, new Sku("CAP", 0)));
        Add(Warehouse.South, new Sku("CAP", 0), 2);
        Console.WriteLine(string.Join(" ", stock.Select(kv => $"{kv.Key.Item1}:{kv.Key.Item2.Code}{kv.Key.Item2.Size}={kv.Value}")));
    }
}
