using System;
using System.Collections.Generic;

public sealed class LruCache<TKey, TValue> where TKey : notnull
{
    readonly int capacity;
    readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> index = new();
    readonly LinkedList<(TKey Key, TValue Value)> order = new();
    public int Evictions { get; private set; }

    public LruCache(int capacity) => this.capacity = capacity;

    public bool TryGet(TKey key, out TValue value)
    {
        if (index.TryGetValue(key, out var node))
        {
            order.Remove(node);
            order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (index.TryGetValue(key, out var node))
        {
            node.Value = (key, value);
            order.Remove(node);
            order.AddFirst(node);
            return;
        }
        if (index.Count == capacity)
        {
            var last = order.Last!;
            order.RemoveLast();
            index.Remove(last.Value.Key);
            Evictions++;
        }
        index[key] = order.AddFirst((key, value));
    }

    public string Dump() => string.Join(" ", order);
}

public static class Program
{
    public static void Main()
    {
        var cache = new LruCache<string, int>(3);
        cache.Put("a", 1);
        cache.Put("b", 2);
        cache.Put("c", 3);
        Console.WriteLine(cache.Dump());
        Console.WriteLine(cache.TryGet("a", out var a) + " " + a);
        cache.Put("d", 4);
        Console.WriteLine(cache.Dump() + " evictions=" + cache.Evictions);
        Console.WriteLine(cache.TryGet("b", out var b) + " " + b);
        cache.Put("c", 30);
        cache.Put("e", 5);
        Console.WriteLine(cache.Dump() + " evictions=" + cache.Evictions);

        var list = new LinkedList<int>();
        try { list.RemoveFirst(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var n5 = new LinkedListNode<int>(5);
        list.AddLast(n5);
        list.AddLast(7);
        try { list.AddLast(n5); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var other = new LinkedList<int>(new[] { 1, 2 });
        try { other.Remove(n5); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        list.AddBefore(n5, 4);
        list.AddAfter(n5, new LinkedListNode<int>(6));
        Console.WriteLine(string.Join(",", list) + " first=" + list.First!.Value + " last=" + list.Last!.Value + " count=" + list.Count);
        Console.WriteLine((list.Find(6)?.Previous?.Value) + " " + (list.Find(42) == null) + " " + list.FindLast(7)!.Next);
        list.Clear();
        Console.WriteLine(list.Count + " " + (list.First == null) + " " + (n5.List == null) + " " + (n5.Next == null));
    }
}
