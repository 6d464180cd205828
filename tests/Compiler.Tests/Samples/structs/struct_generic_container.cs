using System;
using System.Collections.Generic;

struct Optional<T>
{
    private readonly T value;
    public bool HasValue { get; }
    public Optional(T value) { this.value = value; HasValue = true; }
    public T ValueOr(T fallback) => HasValue ? value : fallback;
    public Optional<U> Map<U>(Func<T, U> f) => HasValue ? new Optional<U>(f(value)) : default;
    public override string ToString() => HasValue ? $"Some({value})" : "None";
}

struct Stats
{
    public int N;
    public double Sum;
    public double Min;
    public double Max;
    public void Push(double x)
    {
        if (N == 0 || x < Min) Min = x;
        if (N == 0 || x > Max) Max = x;
        N++;
        Sum += x;
    }
    public override string ToString() => N == 0 ? "empty" : $"n={N} min={Min} max={Max} avg={Sum / N:F2}";
}

public static class Program
{
    static Optional<int> ParseOpt(string s) => int.TryParse(s, out var n) ? new Optional<int>(n) : default;

    public static void Main()
    {
        Console.WriteLine(ParseOpt("12").Map(x => x * 2));
        Console.WriteLine(ParseOpt("zz").Map(x => x * 2));
        Console.WriteLine(ParseOpt("zz").ValueOr(-1));
        Console.WriteLine(new Optional<string>("hi").Map(s => s.Length));
        Console.WriteLine(default(Optional<string>));
        var byKey = new Dictionary<string, Stats>();
        foreach (var (k, v) in new[] { ("rtt", 10.0), ("rtt", 30.0), ("jitter", 2.0), ("rtt", 20.0) })
        {
            var s = byKey.GetValueOrDefault(k);
            s.Push(v);
            byKey[k] = s;
        }
        foreach (var kv in byKey) Console.WriteLine(kv.Key + " " + kv.Value);
        Console.WriteLine(new Stats());
    }
}
