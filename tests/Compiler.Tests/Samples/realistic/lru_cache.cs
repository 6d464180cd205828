using System;
using System.Collections.Generic;
using System.Linq;

// LRU cache without LinkedList: a Dictionary of entries stamped with a monotonically increasing use counter.
sealed class LruCache<TKey, TValue> where TKey : notnull
{
    private sealed class Entry
    {
        public TValue Value; public long Stamp;
        public Entry(TValue value, long stamp) { Value = value; Stamp = stamp; }
    }
    private readonly Dictionary<TKey, Entry> map = new Dictionary<TKey, Entry>();
    private readonly int capacity;
    private long clock;
    public int Evictions { get; private set; }
    public LruCache(int capacity) { this.capacity = capacity; }

    // Generics are erased in cs2js, so no default(TValue): the caller supplies the fallback.
    public TValue GetOr(TKey key, TValue fallback)
    {
        if (map.TryGetValue(key, out var e)) { e.Stamp = ++clock; return e.Value; }
        return fallback;
    }

    public bool Contains(TKey key) => map.ContainsKey(key);

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
        map[key] = new Entry(value, ++clock);
    }

    public IEnumerable<TKey> KeysByRecency() => map.OrderByDescending(kv => kv.Value.Stamp).Select(kv => kv.Key);
}

public static class Program
{
    public static void Main()
    {
        var cache = new LruCache<string, int>(3);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine(cache.Contains("a") + " " + cache.GetOr("a", -1));
        cache.Put("d", 4);
        Console.WriteLine(cache.Contains("b") + " " + cache.GetOr("b", -1));
        cache.Put("c", 30);
        cache.Put("e", 5);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()));
        Console.WriteLine(cache.GetOr("c", -1) + " evictions=" + cache.Evictions);
    }
}
