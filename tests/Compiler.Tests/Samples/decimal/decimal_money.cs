using System;
using System.Collections.Generic;
using System.Linq;

public record LineItem(string Name, decimal UnitPrice, int Quantity)
{
    public decimal Total => UnitPrice * Quantity;
}

public static class Program
{
    public static void Main()
    {
        var items = new List<LineItem>
        {
            new("headset", 49.99m, 3),
            new("license", 12.50m, 12),
            new("adapter", 0.10m, 7),
        };
        decimal subtotal = items.Sum(i => i.Total);
        decimal tax = Math.Round(subtotal * 0.0825m, 2);
        decimal total = subtotal + tax;
        foreach (var i in items) Console.WriteLine($"{i.Name,-8} {i.UnitPrice,8} x{i.Quantity,3} = {i.Total,9}");
        Console.WriteLine($"subtotal {subtotal} tax {tax} total {total}");
        Console.WriteLine(0.1m + 0.2m == 0.3m);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine(total.ToString("C2").Length > 0 ? total.ToString("F2") : "");
        Console.WriteLine(total.ToString("N2") + " " + (-total).ToString("0.0") + " " + total.ToString("0.0000"));
        decimal split = 100m / 3;
        Console.WriteLine(split + " " + Math.Round(split, 2) + " " + split * 3);
        Console.WriteLine(1.50m + " " + 1.5m * 1.00m + " " + (1.50m == 1.5m));
        Console.WriteLine(items.Max(i => i.UnitPrice) + " " + items.Average(i => i.UnitPrice));
    }
}
