using System;
using System.Collections.Generic;
using System.Linq;

public sealed class LruCache<TKey, TValue> where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    public int Hits { get; private set; }
    public int Misses { get; private set; }
    public event Action<TKey, TValue>? Evicted;

    public LruCache(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity), "capacity must be positive");
        _capacity = capacity;
    }

    public bool TryGet(TKey key, out TValue value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            Hits++;
            value = node.Value.Value;
            return true;
        }
        Misses++;
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (_map.TryGetValue(key, out var existing))
        {
            _order.Remove(existing);
            _map.Remove(key);
        }
        else if (_map.Count == _capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Evicted?.Invoke(last.Value.Key, last.Value.Value);
        }
        _map[key] = _order.AddFirst((key, value));
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (TryGet(key, out var v)) return v;
        v = factory(key);
        Put(key, v);
        return v;
    }

    public IEnumerable<TKey> Keys => _order.Select(e => e.Key);
    public override string ToString() => $"[{string.Join(", ", _order.Select(e => $"{e.Key}={e.Value}"))}] hits={Hits} misses={Misses}";
}

public static class Program
{
    public static void Main()
    {
        var cache = new LruCache<(string Host, int Port), string>(3);
        cache.Evicted += (k, v) => Console.WriteLine($"evicted {k.Host}:{k.Port} ({v})");
        cache.Put(("a.example", 443), "conn-1");
        cache.Put(("b.example", 443), "conn-2");
        cache.Put(("a.example", 80), "conn-3");
        Console.WriteLine(cache.TryGet(("a.example", 443), out var c1) + " " + c1);
        cache.Put(("c.example", 443), "conn-4");
        Console.WriteLine(cache.TryGet(("b.example", 443), out var c2) + " " + (c2 ?? "null"));
        Console.WriteLine(string.Join(" | ", cache.Keys));
        cache.Put(("a.example", 80), "conn-3b");
        Console.WriteLine(cache);

        int computed = 0;
        var squares = new LruCache<int, long>(2);
        foreach (var n in new[] { 3, 4, 3, 5, 4, 3 })
            squares.GetOrAdd(n, k => { computed++; return (long)k * k; });
        Console.WriteLine($"{squares} computed={computed}");
        try { new LruCache<string, int>(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + ": " + e.Message); }
    }
}
