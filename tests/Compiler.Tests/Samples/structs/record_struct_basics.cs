using System;
using System.Collections.Generic;

public record struct Money(string Currency, long Cents)
{
    public Money Add(Money o) => Currency == o.Currency ? this with { Cents = Cents + o.Cents } : throw new InvalidOperationException("currency");
}

public readonly record struct Range(int From, int To)
{
    public int Length => To - From;
}

public static class Program
{
    public static void Main()
    {
        var a = new Money("EUR", 150);
        var b = a with { Cents = 25 };
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(a.Add(b));
        Console.WriteLine(a == new Money("EUR", 150));
        Console.WriteLine(a != b);
        Console.WriteLine(a.Equals(b));
        var (cur, cents) = a;
        Console.WriteLine($"{cur} {cents}");
        var c = a;
        c.Cents = 1;
        Console.WriteLine($"{a.Cents} {c.Cents}");
        Console.WriteLine(default(Money));
        var r = new Range(3, 10);
        Console.WriteLine($"{r} len={r.Length}");
        var seen = new HashSet<Range> { new(1, 2), new(1, 2), new(2, 3) };
        Console.WriteLine(seen.Count);
        var totals = new Dictionary<Money, int>();
        totals[new Money("USD", 1)] = 1;
        totals[new Money("USD", 1)] += 1;
        Console.WriteLine(totals[new Money("USD", 1)]);
        try { a.Add(new Money("USD", 1)); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
