using System;
using System.Collections.Generic;
using System.Linq;

public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new Money(0m, currency);

    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException($"cannot add {a.Currency} to {b.Currency}");
        return a with { Amount = a.Amount + b.Amount };
    }

    public static Money operator *(Money a, int n) => a with { Amount = a.Amount * n };

    public Money Round() => this with { Amount = Math.Round(Amount, 2, MidpointRounding.ToEven) };

    public override string ToString() => $"{Amount:0.00} {Currency}";
}

public record struct LineItem(string Sku, Money UnitPrice, int Quantity)
{
    public Money Total => UnitPrice * Quantity;
}

public static class Program
{
    public static void Main()
    {
        var coffee = new Money(3.40m, "EUR");
        var cake = new Money(2.95m, "EUR");
        Console.WriteLine(coffee + cake);
        Console.WriteLine(coffee == new Money(3.4m, "EUR"));
        Console.WriteLine(coffee.Equals(new Money(3.40m, "USD")));

        var basket = new List<LineItem>
        {
            new("coffee", coffee, 2),
            new("cake", cake, 1),
            new("water", new Money(1.10m, "EUR"), 3),
        };
        var total = basket.Aggregate(Money.Zero("EUR"), (sum, item) => sum + item.Total);
        Console.WriteLine($"total {total}");

        var first = basket[0];
        first.Quantity = 5;
        Console.WriteLine($"{basket[0].Quantity} vs {first.Quantity}");
        basket[0] = first;
        Console.WriteLine(basket[0]);

        var discounted = total with { Amount = total.Amount * 0.875m };
        Console.WriteLine($"{discounted} -> {discounted.Round()}");

        var (amount, currency) = discounted;
        Console.WriteLine($"{currency}:{amount}");

        try
        {
            Console.WriteLine(coffee + new Money(1m, "USD"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("error: " + e.Message);
        }

        var byCurrency = new[] { coffee, new Money(5m, "USD"), cake, new Money(0.5m, "USD") }
            .GroupBy(m => m.Currency)
            .Select(g => g.Aggregate((x, y) => x + y));
        foreach (var m in byCurrency) Console.WriteLine(m);

        var seen = new HashSet<Money> { coffee, new Money(3.40m, "EUR"), cake };
        Console.WriteLine(seen.Count);
    }
}
