using System;
using System.Collections.Generic;
using System.Linq;

class Account(string owner, decimal opening)
{
    readonly List<decimal> history = [opening];
    public string Owner { get; } = owner;
    public decimal Balance => history.Sum();
    public void Post(params decimal[] amounts) => history.AddRange(amounts);
    public IReadOnlyList<decimal> History => history;
    public override string ToString() => $"{Owner}: {Balance:F2} ({history.Count} entries)";
}

class Settings
{
    public required string Name { get; init; }
    public int Retries { get; init; } = 3;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public string[] Tags { get; init; } = [];
}

record Temperature(double Celsius)
{
    public double Fahrenheit => Celsius * 9 / 5 + 32;
    public string Band => Celsius switch
    {
        < -10 => "freezing",
        >= -10 and < 5 => "cold",
        >= 5 and < 20 => "mild",
        >= 20 and < 30 => "warm",
        _ => "hot",
    };
}

public static class Program
{
    static int Sum(params int[] xs)
    {
        int total = 0;
        foreach (var x in xs) total += x;
        return total;
    }

    static string Classify(object? o) => o switch
    {
        null => "null",
        int n when n < 0 => "negative int",
        int n => $"int {n}",
        string { Length: 0 } => "empty string",
        string s => $"string '{s}'",
        int[] { Length: > 2 } arr => $"long array starting {arr[0]}",
        IEnumerable<int> seq => $"sequence of {seq.Count()}",
        Temperature { Band: "hot" or "warm" } t => $"nice {t.Celsius}",
        Temperature t => $"{t.Band} {t.Celsius}",
        _ => o.GetType().Name,
    };

    public static void Main()
    {
        int[] first = [1, 2, 3];
        List<int> more = [.. first, 4, .. first.Select(x => x * 10)];
        int[] empty = [];
        Console.WriteLine(string.Join(",", more) + " " + empty.Length);
        Console.WriteLine(Sum() + " " + Sum(5) + " " + Sum([.. more]) + " " + Sum(1, 2, 3));
        var acct = new Account("zoe", 100m);
        acct.Post(-20m, 5.5m);
        acct.Post();
        Console.WriteLine(acct + " " + string.Join("|", acct.History));
        var s = new Settings { Name = "primary", Tags = ["a", "b"] };
        var s2 = new Settings { Name = "backup", Retries = 0, Timeout = TimeSpan.FromMilliseconds(1500) };
        Console.WriteLine($"{s.Name} {s.Retries} {s.Timeout} [{string.Join(",", s.Tags)}]; {s2.Name} {s2.Retries} {s2.Timeout.TotalSeconds}s [{s2.Tags.Length}]");
        foreach (var c in new[] { -20.0, 0, 12.5, 25, 41 })
        {
            var t = new Temperature(c);
            Console.WriteLine($"{t.Celsius,6:F1}C {t.Fahrenheit,6:F1}F {t.Band}");
        }
        object?[] things = [null, -4, 7, "", "hi", new[] { 9, 8, 7 }, new[] { 1 }, new List<int> { 1, 2 }, new Temperature(25), new Temperature(3), 2.5];
        foreach (var o in things) Console.WriteLine(Classify(o));
        var (min, max) = (more.Min(), more.Max());
        (min, max) = (max, min);
        Console.WriteLine($"{min} {max}");
        var point = (X: 3, Y: -4);
        var quadrant = point switch
        {
            (0, 0) => "origin",
            ( > 0, > 0) => "I",
            ( < 0, > 0) => "II",
            ( < 0, < 0) => "III",
            ( > 0, < 0) => "IV",
            _ => "axis",
        };
        Console.WriteLine($"{point} is in {quadrant}");
        static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 12).Select(Fib)));
        if (more is [var head, .., var tail]) Console.WriteLine($"head {head} tail {tail}");
        Console.WriteLine(more[^2] + " " + string.Join(",", more[1..3]) + " " + string.Join(",", first[..^1]));
        string? maybe = more.Count > 100 ? "big" : null;
        Console.WriteLine(maybe?.Length ?? -1);
        maybe ??= "default";
        Console.WriteLine(maybe);
    }
}
