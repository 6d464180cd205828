using System;
using System.Collections.Generic;
using System.Linq;

interface IEntity { int Id { get; set; } }

record Product(string Name, string Category, decimal Price, int Stock) : IEntity
{
    public int Id { get; set; }
    public decimal Value => Price * Stock;
}

class Repository<T> where T : class, IEntity
{
    readonly Dictionary<int, T> items = new();
    int nextId = 1;

    public T Add(T item)
    {
        item.Id = nextId++;
        items[item.Id] = item;
        return item;
    }

    public T? Find(int id) => items.TryGetValue(id, out var x) ? x : null;
    public bool Update(int id, Func<T, T> change)
    {
        if (!items.TryGetValue(id, out var old)) return false;
        var updated = change(old);
        updated.Id = id;
        items[id] = updated;
        return true;
    }
    public IEnumerable<T> Where(Func<T, bool> pred) => items.Values.Where(pred);
    public int Count => items.Count;
}

sealed class ByValueDescending : IComparer<Product>
{
    public int Compare(Product? x, Product? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        int c = y.Value.CompareTo(x.Value);
        return c != 0 ? c : string.Compare(x.Name, y.Name, StringComparison.Ordinal);
    }
}

public static class Program
{
    public static void Main()
    {
        var repo = new Repository<Product>();
        repo.Add(new Product("Widget", "tools", 2.50m, 120));
        repo.Add(new Product("Gadget", "tools", 12.99m, 15));
        repo.Add(new Product("Sprocket", "parts", 0.35m, 4000));
        repo.Add(new Product("Flange", "parts", 7.10m, 0));
        repo.Add(new Product("Doohickey", "misc", 99.95m, 3));

        repo.Update(2, p => p with { Price = p.Price * 0.9m });
        Console.WriteLine(repo.Update(42, p => p) ? "updated" : "no such product");
        Console.WriteLine(repo.Find(2));
        Console.WriteLine(repo.Find(9)?.Name ?? "(none)");

        var sorted = repo.Where(p => p.Stock > 0).ToList();
        sorted.Sort(new ByValueDescending());
        Console.WriteLine("{0,-10}|{1,-6}|{2,8}|{3,6}|{4,10}", "Name", "Cat", "Price", "Stock", "Value");
        foreach (var p in sorted)
            Console.WriteLine("{0,-10}|{1,-6}|{2,8:F2}|{3,6:N0}|{4,10:N2}", p.Name, p.Category, p.Price, p.Stock, p.Value);

        var totals = repo.Where(_ => true)
            .GroupBy(p => p.Category)
            .Select(g => (Category: g.Key, Count: g.Count(), Value: g.Sum(p => p.Value)))
            .OrderByDescending(t => t.Value);
        foreach (var (cat, count, value) in totals)
            Console.WriteLine($"{cat,-6} {count} items worth {value:C2}".Replace("¤", "$"));
        var outOfStock = repo.Where(p => p.Stock == 0).Select(p => p.Name);
        Console.WriteLine($"out of stock: {string.Join(", ", outOfStock)}");
        var total = repo.Where(_ => true).Sum(p => p.Value);
        Console.WriteLine($"total {total:N2}, average price {repo.Where(_ => true).Average(p => p.Price):F3}, {repo.Count} products");
        var cheap = repo.Where(p => p.Price < 5m).Select(p => p with { Category = "bargain" }).ToList();
        Console.WriteLine(string.Join("; ", cheap));
        Console.WriteLine(cheap[0] == repo.Find(1) ? "same" : "different");
        Console.WriteLine(cheap[0] with { Category = "tools" } == repo.Find(1));
    }
}
