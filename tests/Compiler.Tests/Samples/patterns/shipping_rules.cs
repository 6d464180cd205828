using System;
using System.Collections.Generic;
using System.Linq;

public enum Zone { Domestic, Eu, World }
public record Parcel(double WeightKg, (int L, int W, int H) SizeCm, Zone Zone, bool Express = false, string? Coupon = null);

public static class Pricing
{
    public static decimal Base(Parcel p) => p switch
    {
        { WeightKg: <= 0 } => throw new ArgumentOutOfRangeException(nameof(p), "weight must be positive"),
        { Zone: Zone.Domestic, WeightKg: < 2 } => 4.90m,
        { Zone: Zone.Domestic, WeightKg: >= 2 and < 10 } => 7.90m,
        { Zone: Zone.Domestic } => 14.90m,
        { Zone: Zone.Eu, WeightKg: var w } => 9.50m + (decimal)Math.Ceiling(w) * 1.20m,
        { Zone: Zone.World, SizeCm: var (l, w, h) } when l * w * h > 100_000 => 59m,
        { Zone: Zone.World } => 29m,
        _ => throw new InvalidOperationException(),
    };

    public static decimal Total(Parcel p)
    {
        var price = Base(p);
        if (p.Express) price *= 1.5m;
        price = p.Coupon switch
        {
            null or "" => price,
            ['H', 'A', 'L', 'F', ..] => price / 2,
            [.., 'O', 'F', 'F'] c when int.TryParse(c[..^3], out var off) => Math.Max(0, price - off),
            _ => price,
        };
        return decimal.Round(price, 2);
    }

    public static string Category(object o) => o switch
    {
        Parcel { SizeCm: (> 100, _, _) or (_, > 100, _) or (_, _, > 100) } => "bulky",
        Parcel { WeightKg: > 20 } p => $"heavy ({p.WeightKg:0.#} kg)",
        Parcel => "standard",
        int n when n < 0 => "negative",
        int or long => "number",
        string { Length: 0 } => "empty",
        string s => $"text:{s[0]}",
        null => "nothing",
        _ => o.GetType().Name,
    };
}

public static class Program
{
    public static void Main()
    {
        var parcels = new List<Parcel>
        {
            new(1.2, (20, 15, 10), Zone.Domestic),
            new(5, (40, 30, 20), Zone.Domestic, Express: true),
            new(2.3, (30, 20, 10), Zone.Eu, Coupon: "HALF2024"),
            new(25, (120, 50, 50), Zone.World, Coupon: "5OFF"),
            new(3, (50, 40, 30), Zone.World, Coupon: "XOFF"),
            new(0, (1, 1, 1), Zone.Eu),
        };
        foreach (var p in parcels)
        {
            try { Console.WriteLine($"{p.Zone,-9}{p.WeightKg,6:0.0}kg {Pricing.Total(p),8:0.00} {Pricing.Category(p)}"); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine($"rejected: {e.ParamName} {e.Message.Split('(')[0].Trim()}"); }
        }
        foreach (var o in new object?[] { -3, 7L, "", "box", null, 2.5, Zone.Eu }) Console.WriteLine(Pricing.Category(o));
        var byZone = parcels.Where(p => p.WeightKg > 0).GroupBy(p => p.Zone).Select(g => (g.Key, Sum: g.Sum(Pricing.Total)));
        Console.WriteLine(string.Join("; ", byZone.Select(z => $"{z.Key}={z.Sum}")));
        int? maybe = parcels.FirstOrDefault(p => p.Express)?.SizeCm.L;
        int? none = parcels.FirstOrDefault(p => p.WeightKg > 100)?.SizeCm.L;
        Console.WriteLine($"{maybe} [{none}] {(none ?? -1)} {maybe.HasValue && maybe > 30} {none.GetValueOrDefault()}");
    }
}
