using System;
using System.Collections.Generic;
using System.Linq;

// LRU cache without LinkedList: a Dictionary of entries stamped with a monotonically increasing use counter.
sealed class LruCache<TKey, TValue> where TKey : notnull
{
    private sealed class Entry { public TValue Value = default!; public long Stamp; }
    private readonly Dictionary<TKey, Entry> map = new Dictionary<TKey, Entry>();
    private readonly int capacity;
    private long clock;
    public int Evictions { get; private set; }
    public LruCache(int capacity) { this.capacity = capacity; }

    public bool TryGet(TKey key, out TValue value)
    {
        if (map.TryGetValue(key, out var e)) { e.Stamp = ++clock; value = e.Value; return true; }
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (map.TryGetValue(key, out var e)) { e.Value = value; e.Stamp = ++clock; return; }
        if (map.Count >= capacity)
        {
            var victim = map.OrderBy(kv => kv.Value.Stamp).First().Key;
            map.Remove(victim);
            Evictions++;
            Console.WriteLine("evict " + victim);
        }
        map[key] = new Entry { Value = value, Stamp = ++clock };
    }

    public IEnumerable<TKey> KeysByRecency() => map.OrderByDescending(kv => kv.Value.Stamp).Select(kv => kv.Key);
}

public static class Program
{
    public static void Main()
    {
        var cache = new LruCache<string, int>(3);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine(cache.TryGet("a", out var a) + " " + a);
        cache.Put("d", 4);
        Console.WriteLine(cache.TryGet("b", out var b) + " " + b);
        cache.Put("c", 30);
        cache.Put("e", 5);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()));
        Console.WriteLine(cache.TryGet("c", out var c) + " " + c + " evictions=" + cache.Evictions);
    }
}
