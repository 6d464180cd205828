using System;
using System.Collections.Generic;
using System.Linq;

public readonly struct Money : IComparable<Money>, IEquatable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }

    public Money(decimal amount, string currency)
    {
        Amount = decimal.Round(amount, 2, MidpointRounding.ToEven);
        Currency = currency;
    }

    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException($"Cannot add {a.Currency} and {b.Currency}");
        return new Money(a.Amount + b.Amount, a.Currency);
    }

    public static Money operator -(Money a, Money b) => a + new Money(-b.Amount, b.Currency);
    public static Money operator *(Money a, Percent p) => new Money(a.Amount * p.Value / 100m, a.Currency);
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;
    public static bool operator ==(Money a, Money b) => a.Equals(b);
    public static bool operator !=(Money a, Money b) => !a.Equals(b);

    public int CompareTo(Money other)
    {
        int c = string.CompareOrdinal(Currency, other.Currency);
        return c != 0 ? c : Amount.CompareTo(other.Amount);
    }

    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;
    public override bool Equals(object? obj) => obj is Money m && Equals(m);
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);
    public override string ToString() => $"{Amount:N2} {Currency}";
}

public readonly struct Percent
{
    public decimal Value { get; }
    public Percent(decimal value) => Value = value;
    public static implicit operator Percent(int v) => new Percent(v);
    public override string ToString() => $"{Value:0.##}%";
}

public static class Program
{
    public static void Main()
    {
        var price = new Money(19.99m, "EUR");
        var shipping = new Money(4.5m, "EUR");
        var total = price + shipping;
        Console.WriteLine($"total = {total}");
        Percent vat = 21;
        Console.WriteLine($"vat {vat} of {total} = {total * vat}");
        Console.WriteLine($"discounted: {total - total * new Percent(12.5m)}");

        var wallet = new List<Money>
        {
            new Money(10m, "USD"), new Money(2.345m, "EUR"), new Money(2.355m, "EUR"), new Money(1000m, "JPY"), new Money(10m, "USD"),
        };
        wallet.Sort();
        Console.WriteLine(string.Join(" | ", wallet));
        Console.WriteLine(wallet.Distinct().Count() + " distinct");
        var byCurrency = wallet.GroupBy(m => m.Currency)
            .ToDictionary(g => g.Key, g => g.Aggregate((a, b) => a + b));
        foreach (var (cur, sum) in byCurrency) Console.WriteLine($"{cur,-4}{sum,14}");

        var counts = new Dictionary<Money, int>();
        foreach (var m in wallet) counts[m] = counts.TryGetValue(m, out var n) ? n + 1 : 1;
        Console.WriteLine(counts[new Money(10m, "USD")]);

        Console.WriteLine(price > shipping ? "price is larger" : "shipping is larger");
        Console.WriteLine(price == new Money(19.990m, "EUR"));
        object boxed = price;
        Console.WriteLine(boxed.Equals(new Money(19.99m, "EUR")) + " " + (boxed is Money { Currency: "EUR" }));

        try { _ = price + new Money(1m, "USD"); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        Money def = default;
        Console.WriteLine($"[{def.Amount}] [{def.Currency ?? "null"}] {def.Equals(new Money())}");
        var max = wallet.Where(m => m.Currency == "EUR").Max();
        Console.WriteLine("max EUR " + max);
    }
}
