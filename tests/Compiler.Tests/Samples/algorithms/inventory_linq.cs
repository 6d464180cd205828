using System;
using System.Collections.Generic;
using System.Linq;

record Item(string Sku, string Category, int Qty, double Price);

public static class Program
{
    public static void Main()
    {
        var items = new List<Item>
        {
            new Item("A1", "cable", 10, 2.5), new Item("B2", "camera", 2, 199.99), new Item("C3", "cable", 0, 4.0),
            new Item("D4", "mic", 5, 49.5), new Item("E5", "camera", 1, 349.0), new Item("F6", "mic", 12, 9.99),
        };
        var summary = items.GroupBy(i => i.Category)
            .Select(g => new { Category = g.Key, Stock = g.Sum(i => i.Qty), Value = g.Sum(i => i.Qty * i.Price), Skus = g.Count() })
            .OrderByDescending(x => x.Value);
        foreach (var s in summary) Console.WriteLine($"{s.Category,-7} stock={s.Stock,3} value={s.Value,9:F2} skus={s.Skus}");
        Console.WriteLine("out of stock: " + string.Join(",", items.Where(i => i.Qty == 0).Select(i => i.Sku)));
        var cheapest = items.Where(i => i.Qty > 0).OrderBy(i => i.Price).First();
        Console.WriteLine("cheapest in stock: " + cheapest);
        Console.WriteLine("any over 300: " + items.Any(i => i.Price > 300) + ", all priced: " + items.All(i => i.Price > 0));
        var lookup = items.ToDictionary(i => i.Sku);
        Console.WriteLine(lookup["D4"].Price * 2);
        Console.WriteLine(items.Select(i => i.Category).Distinct().Count());
        Console.WriteLine(string.Join(" ", items.OrderBy(i => i.Category).ThenByDescending(i => i.Price).Select(i => i.Sku)));
    }
}
