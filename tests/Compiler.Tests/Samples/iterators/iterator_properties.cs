using System;
using System.Collections.Generic;
using System.Linq;

sealed class Inventory
{
    private readonly Dictionary<string, int> stock = new Dictionary<string, int> { ["apple"] = 3, ["pear"] = 0, ["plum"] = 12 };

    public IEnumerable<string> InStock
    {
        get
        {
            foreach (var kv in stock)
                if (kv.Value > 0) yield return kv.Key;
        }
    }

    public IEnumerable<(string Item, int Count)> Low
    {
        get
        {
            foreach (var kv in stock.OrderBy(k => k.Value))
            {
                if (kv.Value >= 10) yield break;
                yield return (kv.Key, kv.Value);
            }
        }
    }

    public static IEnumerable<int> Powers { get { for (int p = 1; p <= 256; p *= 2) yield return p; } }

    public void Set(string item, int n) => stock[item] = n;
}

public static class Program
{
    public static void Main()
    {
        var inv = new Inventory();
        var inStock = inv.InStock;
        Console.WriteLine(string.Join(",", inStock));
        inv.Set("pear", 5);
        Console.WriteLine(string.Join(",", inStock));
        Console.WriteLine(string.Join(" ", inv.Low));
        Console.WriteLine(string.Join(" ", Inventory.Powers) + " " + Inventory.Powers.Count());
    }
}
