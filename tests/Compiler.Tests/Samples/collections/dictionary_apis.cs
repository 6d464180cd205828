using System;
using System.Collections.Generic;
using System.Linq;

public record Sku(string Code, int Variant);

public static class Program
{
    public static void Main()
    {
        var stock = new Dictionary<Sku, int>
        {
            { new Sku("A1", 0), 5 },
            { new Sku("B2", 1), 0 },
        };
        Console.WriteLine(stock.TryAdd(new Sku("A1", 0), 9) + " " + stock.TryAdd(new Sku("C3", 0), 2));
        try { stock.Add(new Sku("B2", 1), 1); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        try { Console.WriteLine(stock[new Sku("Z", 9)]); }
        catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFoundException: " + e.Message); }
        Console.WriteLine(stock.Remove(new Sku("B2", 1), out var removed) + " " + removed);
        Console.WriteLine(stock.GetValueOrDefault(new Sku("B2", 1), -1));
        Console.WriteLine(stock.ContainsValue(2) + " " + stock.Keys.First());
        var copy = new Dictionary<Sku, int>(stock);
        copy[new Sku("A1", 0)] = 100;
        Console.WriteLine(stock[new Sku("A1", 0)] + " " + copy[new Sku("A1", 0)]);
        foreach (var key in stock.Keys.ToList()) stock[key] *= 10;
        Console.WriteLine(string.Join(", ", stock.OrderBy(kv => kv.Key.Code).Select(kv => $"{kv.Key.Code}:{kv.Value}")));
        var inverted = stock.ToDictionary(kv => kv.Value, kv => kv.Key);
        Console.WriteLine(inverted[20]);
    }
}
