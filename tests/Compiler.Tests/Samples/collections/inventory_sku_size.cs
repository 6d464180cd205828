using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var stock = new Dictionary<(string Sku, int Size), int>();
        void Receive(string sku, int size, int qty)
        {
            var key = (sku, size);
            stock[key] = stock.TryGetValue(key, out var have) ? have + qty : qty;
        }
        bool Sell(string sku, int size)
        {
            if (!stock.TryGetValue((sku, size), out var have) || have == 0) return false;
            if (have == 1) stock.Remove((sku, size)); else stock[(sku, size)] = have - 1;
            return true;
        }

        Receive("boot", 42, 3);
        Receive("boot", 43, 1);
        Receive("sandal", 38, 2);
        Receive("boot", 42, 2);
        Receive("sneaker", 44, 1);
        Console.WriteLine(string.Join(" ", stock.Select(kv => $"{kv.Key.Sku}/{kv.Key.Size}={kv.Value}")));

        Console.WriteLine(Sell("boot", 43) + " " + Sell("boot", 43) + " " + Sell("boot", 41));
        Receive("sandal", 39, 4);
        Receive("boot", 43, 6);
        Console.WriteLine(string.Join(" ", stock.Select(kv => $"{kv.Key.Sku}/{kv.Key.Size}={kv.Value}")));

        foreach (var g in stock.GroupBy(kv => kv.Key.Sku).OrderBy(g => g.Key))
            Console.WriteLine($"{g.Key}: sizes {string.Join(",", g.Select(kv => kv.Key.Size).OrderBy(s => s))} total {g.Sum(kv => kv.Value)}");

        var bySize = stock.Keys.ToLookup(k => k.Size, k => k.Sku);
        Console.WriteLine($"size 43: {string.Join(",", bySize[43])}; size 50: {bySize[50].Count()}");

        var wanted = new HashSet<(string, int)> { ("boot", 42), ("sandal", 40), ("sneaker", 44) };
        wanted.IntersectWith(stock.Keys);
        Console.WriteLine(string.Join(" ", wanted));

        var key = ("boot", 42);
        Console.WriteLine(stock.ContainsKey(key) + " " + stock[key] + " " + stock.ContainsKey(("Boot", 42)));
        var reorder = stock.Where(kv => kv.Value < 3).Select(kv => kv.Key).ToList();
        Console.WriteLine("reorder: " + string.Join(" ", reorder));
    }
}
