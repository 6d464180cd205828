using System;
using System.Collections.Generic;
using System.Linq;

record Region(string Code, string Name);
record Sale(string Rep, string RegionCode, string Product, int Units, decimal UnitPrice, DateTime Date)
{
    public decimal Revenue => Units * UnitPrice;
}

public static class Program
{
    public static void Main()
    {
        var regions = new List<Region> { new("N", "North"), new("S", "South"), new("E", "East"), new("W", "West") };
        var d = new DateTime(2024, 1, 1);
        var sales = new List<Sale>
        {
            new("ann", "N", "apple", 10, 1.20m, d), new("ann", "N", "pear", 4, 2.05m, d.AddDays(3)),
            new("ben", "S", "apple", 25, 1.10m, d.AddDays(1)), new("ben", "E", "plum", 7, 3.50m, d.AddDays(9)),
            new("cat", "S", "pear", 12, 2.00m, d.AddDays(17)), new("cat", "S", "apple", 3, 1.25m, d.AddDays(33)),
            new("dan", "X", "kiwi", 1, 9.99m, d.AddDays(40)), new("ann", "E", "plum", 9, 3.25m, d.AddDays(41)),
        };

        var byRegion = from r in regions
                       join s in sales on r.Code equals s.RegionCode into rs
                       select new { r.Name, Count = rs.Count(), Total = rs.Sum(x => x.Revenue) };
        foreach (var x in byRegion) Console.WriteLine($"{x.Name,-6}{x.Count,3}{x.Total,10:F2}");

        var joined = sales.Join(regions, s => s.RegionCode, r => r.Code, (s, r) => (s.Rep, r.Name, s.Revenue));
        Console.WriteLine($"joined {joined.Count()} of {sales.Count}; orphan: {string.Join(",", sales.Where(s => regions.All(r => r.Code != s.RegionCode)).Select(s => s.Rep))}");

        var reps = sales.GroupBy(s => s.Rep)
            .Select(g => new { Rep = g.Key, Revenue = g.Sum(s => s.Revenue), Products = g.Select(s => s.Product).Distinct().OrderBy(p => p).ToArray() })
            .OrderByDescending(r => r.Revenue).ThenBy(r => r.Rep);
        foreach (var r in reps) Console.WriteLine($"{r.Rep}: {r.Revenue:N2} [{string.Join("/", r.Products)}]");

        var monthly = sales.GroupBy(s => new { s.Date.Year, s.Date.Month })
            .Select(g => $"{g.Key.Year}-{g.Key.Month:D2}: {g.Sum(s => s.Units)} units");
        Console.WriteLine(string.Join(" | ", monthly));

        var names = new[] { "first", "second", "third" };
        var top3 = sales.OrderByDescending(s => s.Revenue).Take(3);
        foreach (var line in names.Zip(top3, (n, s) => $"{n}: {s.Rep} {s.Product} {s.Revenue}")) Console.WriteLine(line);
        var triples = names.Zip(new[] { 1, 2, 3 }, new[] { 'a', 'b', 'c' });
        Console.WriteLine(string.Join(";", triples.Select(t => $"{t.First}{t.Second}{t.Third}")));

        var summary = sales.Aggregate((Units: 0, Revenue: 0m, Max: 0m),
            (acc, s) => (acc.Units + s.Units, acc.Revenue + s.Revenue, Math.Max(acc.Max, s.Revenue)));
        Console.WriteLine($"units {summary.Units}, revenue {summary.Revenue}, biggest {summary.Max}");
        var sentence = names.Aggregate("start", (acc, n) => acc + "->" + n, s => s.ToUpperInvariant());
        Console.WriteLine(sentence);
        var lookup = sales.ToLookup(s => s.Product);
        Console.WriteLine($"apples {lookup["apple"].Sum(s => s.Units)}, mango {lookup["mango"].Count()}, keys {lookup.Count}");
        var running = sales.OrderBy(s => s.Date).Select((s, i) => (i, s.Revenue))
            .Aggregate(new List<decimal>(), (list, x) => { list.Add((list.Count == 0 ? 0 : list[^1]) + x.Revenue); return list; });
        Console.WriteLine(string.Join(" ", running));
        Console.WriteLine(string.Join(",", sales.Select(s => s.Units).Chunk(3).Select(c => c.Sum())));
        Console.WriteLine(sales.MaxBy(s => s.Units)!.Rep + " " + sales.MinBy(s => s.UnitPrice)!.Product + " " + sales.DistinctBy(s => s.Rep).Count());
        var partition = sales.GroupBy(s => s.Revenue >= 20m).ToDictionary(g => g.Key ? "big" : "small", g => g.Count());
        Console.WriteLine($"big {partition["big"]} small {partition["small"]}");
    }
}
