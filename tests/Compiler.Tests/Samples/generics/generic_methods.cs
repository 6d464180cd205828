using System;
using System.Collections.Generic;

static class G
{
    public static List<T> Repeat<T>(T x, int n) { var l = new List<T>(); for (int i = 0; i < n; i++) l.Add(x); return l; }
    public static TOut[] MapAll<TIn, TOut>(TIn[] xs, Func<TIn, TOut> f) { var r = new TOut[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]); return r; }
    public static T FirstOr<T>(IEnumerable<T> xs, T fallback) { foreach (var x in xs) return x; return fallback; }
    public static void Swap<T>(ref T a, ref T b) { var t = a; a = b; b = t; }
    public static Dictionary<K, int> CountBy<T, K>(IEnumerable<T> xs, Func<T, K> key) where K : notnull
    {
        var d = new Dictionary<K, int>();
        foreach (var x in xs) { var k = key(x); d[k] = d.TryGetValue(k, out var c) ? c + 1 : 1; }
        return d;
    }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(string.Join(",", G.Repeat("ab", 3)));
        Console.WriteLine(string.Join(",", G.MapAll(new[] { 1, 2, 3 }, x => x * 1.5)));
        Console.WriteLine(G.FirstOr(new List<int>(), -1) + " " + G.FirstOr(new[] { 7 }, -1));
        string a = "x", b = "y";
        G.Swap(ref a, ref b);
        Console.WriteLine(a + b);
        foreach (var kv in G.CountBy(new[] { "apple", "avocado", "banana", "cherry", "blueberry" }, s => s[0]))
            Console.WriteLine(kv.Key + ": " + kv.Value);
    }
}
