using System;
using System.Collections.Generic;

public interface ICache<TKey, TValue> where TKey : notnull
{
    bool TryGet(TKey key, out TValue value);
    void Set(TKey key, TValue value);
    int Count { get; }
}

public sealed class MemoryCache<TKey, TValue> : ICache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, (TValue Value, int Stamp)> _items = new();
    private int _clock;
    public int Count => _items.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_items.TryGetValue(key, out var e)) { value = e.Value; return true; }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value) => _items[key] = (value, ++_clock);
    public TValue GetOrDefault(TKey key, TValue fallback = default!) => TryGet(key, out var v) ? v : fallback;
    public override string ToString() => $"{typeof(TKey).Name}->{typeof(TValue).Name} x{Count}";
}

public static class Memo
{
    public static Func<TIn, TOut> Wrap<TIn, TOut>(Func<TIn, TOut> f, ICache<TIn, TOut> cache, Action<string>? log = null) where TIn : notnull =>
        x =>
        {
            if (cache.TryGet(x, out var hit)) { log?.Invoke($"hit {x}"); return hit; }
            var r = f(x);
            cache.Set(x, r);
            log?.Invoke($"miss {x}");
            return r;
        };
}

public static class Program
{
    public static void Main()
    {
        var log = new List<string>();
        var fibCache = new MemoryCache<int, long>();
        Func<int, long> fib = null!;
        fib = Memo.Wrap<int, long>(n => n < 2 ? n : fib(n - 1) + fib(n - 2), fibCache);
        Console.WriteLine($"{fib(50)} {fib(90)} {fibCache}");

        var lengths = new MemoryCache<(string, bool), int?>();
        var len = Memo.Wrap<(string, bool), int?>(p => p.Item2 ? p.Item1.Trim().Length : p.Item1.Length, lengths, log.Add);
        Console.WriteLine($"{len(("  ab ", true))} {len(("  ab ", false))} {len(("  ab ", true))}");
        Console.WriteLine(string.Join(", ", log) + " | " + lengths);
        Console.WriteLine(lengths.GetOrDefault(("zz", true)) is null ? "null" : "value");
        Console.WriteLine(new MemoryCache<string, double>().GetOrDefault("x") + " " + new MemoryCache<string, DateTime>().GetOrDefault("x").Year + " " + (new MemoryCache<string, string>().GetOrDefault("x") ?? "null"));
        var nested = new MemoryCache<string, List<int>>();
        nested.Set("a", new List<int> { 1 });
        if (nested.TryGet("a", out var list)) list.Add(2);
        Console.WriteLine(nested.GetOrDefault("a")!.Count + " " + nested);
    }
}
