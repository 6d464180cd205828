using System;
using System.Collections.Generic;
using System.Linq;

public record struct Money(string Currency, long Cents)
{
    public static Money operator +(Money a, Money b) =>
        a.Currency == b.Currency ? a with { Cents = a.Cents + b.Cents } : throw new InvalidOperationException($"{a.Currency} vs {b.Currency}");
    public override string ToString() => $"{Cents / 100}.{Math.Abs(Cents % 100):D2} {Currency}";
}

public readonly record struct GridPos(int Row, int Col)
{
    public GridPos Right() => this with { Col = Col + 1 };
    public GridPos Down() => new GridPos(Row + 1, Col);
}

public record struct Sample(string Name, double Value);

public static class Program
{
    public static void Main()
    {
        var a = new Money("EUR", 1250);
        var b = new Money("EUR", 399);
        Console.WriteLine(a + b);
        try { Console.WriteLine(a + new Money("USD", 1)); }
        catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        var c = a;
        c.Cents = 1;
        Console.WriteLine(a.Cents + " " + c.Cents);
        Console.WriteLine(a == new Money("EUR", 1250));
        Console.WriteLine(a.Equals(b));

        var p = new GridPos(0, 0);
        Console.WriteLine(p.Right().Down().Right());
        Console.WriteLine(p);
        var (row, col) = p.Down();
        Console.WriteLine(row + "," + col);
        var visited = new HashSet<GridPos> { p, p.Right(), new GridPos(0, 1), p.Down() };
        Console.WriteLine(visited.Count + " " + visited.Contains(new GridPos(1, 0)));

        var s = new Sample("cpu", 0.5);
        Console.WriteLine(s);
        Console.WriteLine(default(Sample));
        var samples = new[] { new Sample("a", 1), new Sample("b", 2), new Sample("a", 1) };
        Console.WriteLine(samples.Distinct().Count());
        Console.WriteLine(string.Join(" ", samples.GroupBy(x => x).Select(g => g.Key.Name + "x" + g.Count())));
    }
}
