using System;
using System.Collections.Generic;

// A small memo cache keyed by arguments, nested generics in its values.
public sealed class Memo<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, List<TValue>> store = new();
    public static int Misses;

    public List<TValue> Get(TKey key, Func<TKey, IEnumerable<TValue>> load)
    {
        if (!store.TryGetValue(key, out var values))
        {
            Misses++;
            values = new List<TValue>(load(key));
            store[key] = values;
        }
        return values;
    }

    public TValue FirstOrDefault(TKey key) => store.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : default!;
}

public static class Program
{
    public static void Main()
    {
        var squares = new Memo<int, int>();
        var words = new Memo<string, string>();
        Console.WriteLine(string.Join(",", squares.Get(3, n => new[] { n * n, n * n * n })));
        Console.WriteLine(string.Join(",", squares.Get(3, n => new[] { -1 })));
        Console.WriteLine(string.Join("|", words.Get("ab", s => new[] { s.ToUpper(), s + s })));
        Console.WriteLine($"{Memo<int, int>.Misses} {Memo<string, string>.Misses} {Memo<int, string>.Misses}");
        Console.WriteLine(squares.FirstOrDefault(3) + " " + squares.FirstOrDefault(4));
        Console.WriteLine(words.FirstOrDefault("zz") ?? "(none)");
        var nested = new Memo<string, Dictionary<string, List<int>>>();
        var d = nested.Get("k", _ => new[] { new Dictionary<string, List<int>> { ["a"] = new List<int> { 1, 2 } } });
        Console.WriteLine(d[0]["a"].Count + " " + Memo<string, Dictionary<string, List<int>>>.Misses);
        Console.WriteLine(nested.FirstOrDefault("missing") == null);
    }
}
