using System;
using System.Collections.Generic;

readonly struct CacheKey : IEquatable<CacheKey>
{
    public readonly string Tenant;
    public readonly int Shard;
    public CacheKey(string tenant, int shard) { Tenant = tenant; Shard = shard; }
    public bool Equals(CacheKey other) => Tenant == other.Tenant && Shard == other.Shard;
    public override bool Equals(object? obj) => obj is CacheKey k && Equals(k);
    public override int GetHashCode() => HashCode.Combine(Tenant, Shard);
    public override string ToString() => $"{Tenant}#{Shard}";
}

sealed class Lru<K, V> where K : notnull
{
    private readonly int capacity;
    private readonly Dictionary<K, LinkedListNode<(K Key, V Value)>> map = new();
    private readonly LinkedList<(K Key, V Value)> order = new();
    public Lru(int capacity) { this.capacity = capacity; }

    public bool TryGet(K key, out V value)
    {
        if (map.TryGetValue(key, out var node))
        {
            order.Remove(node);
            order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Put(K key, V value)
    {
        if (map.TryGetValue(key, out var existing)) { order.Remove(existing); map.Remove(key); }
        else if (map.Count == capacity)
        {
            var last = order.Last!;
            order.RemoveLast();
            map.Remove(last.Value.Key);
            Console.WriteLine("evict " + last.Value.Key);
        }
        map[key] = order.AddFirst((key, value));
    }

    public override string ToString() => string.Join(" ", order);
}

public static class Program
{
    public static void Main()
    {
        var lru = new Lru<CacheKey, string>(2);
        lru.Put(new CacheKey("acme", 1), "x");
        lru.Put(new CacheKey("acme", 2), "y");
        Console.WriteLine(lru.TryGet(new CacheKey("acme", 1), out var v) + " " + v);
        lru.Put(new CacheKey("globex", 1), "z");
        Console.WriteLine(lru.TryGet(new CacheKey("acme", 2), out _));
        Console.WriteLine(lru);
        var lru2 = new Lru<(string, int), double>(3);
        lru2.Put(("a", 1), 1.5);
        lru2.Put(("a", 1), 2.5);
        lru2.Put(("b", 2), 3.5);
        Console.WriteLine(lru2);
    }
}
