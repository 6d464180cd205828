using System;
using System.Collections.Generic;

static class Seq
{
    public static T? LastOrNone<T>(IReadOnlyList<T> xs) => xs.Count == 0 ? default(T?) : xs[xs.Count - 1];

    public static T? Single<T>(IEnumerable<T> xs, Func<T, bool> p)
    {
        T? found = default;
        int hits = 0;
        foreach (var x in xs) if (p(x)) { found = x; hits++; }
        return hits == 1 ? found : default;
    }
}

sealed class Cache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> map = new Dictionary<TKey, TValue>();
    public TValue? Get(TKey key) => map.TryGetValue(key, out var v) ? v : default;
    public void Put(TKey key, TValue value) => map[key] = value;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Seq.LastOrNone(new int[0]));
        Console.WriteLine(Seq.LastOrNone(new[] { 1, 2 }));
        Console.WriteLine(Seq.LastOrNone(new string[0]) ?? "none");
        Console.WriteLine(Seq.LastOrNone(new List<bool>()));
        Console.WriteLine(Seq.Single(new[] { 1, 2, 3 }, x => x > 1));
        Console.WriteLine(Seq.Single(new[] { 1, 2, 3 }, x => x > 2));
        var c = new Cache<string, double>();
        c.Put("pi", 3.14);
        Console.WriteLine(c.Get("pi") + " " + c.Get("e"));
        var d = new Cache<int, string>();
        Console.WriteLine(d.Get(1) is null);
        var e = new Cache<string, DayOfWeek>();
        e.Put("x", DayOfWeek.Friday);
        Console.WriteLine(e.Get("x") + " " + e.Get("y"));
    }
}
