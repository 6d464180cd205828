using System;
using System.Collections.Generic;
using System.Linq;

delegate TOut Transform<in TIn, out TOut>(TIn input);

static class F
{
    public static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) => x => g(f(x));
    public static Func<T, T> Repeat<T>(Func<T, T> f, int n) => x => { for (int i = 0; i < n; i++) x = f(x); return x; };
    public static Func<T, bool> Not<T>(Func<T, bool> p) => x => !p(x);
    public static Func<T, R> Memo<T, R>(Func<T, R> f, List<string> log) where T : notnull
    {
        var cache = new Dictionary<T, R>();
        return x =>
        {
            if (cache.TryGetValue(x, out var r)) return r;
            log.Add("compute " + x);
            return cache[x] = f(x);
        };
    }
}

public static class Program
{
    public static void Main()
    {
        var parseThenDouble = F.Compose<string, int, int>(int.Parse, x => x * 2);
        Console.WriteLine(parseThenDouble("21"));
        Console.WriteLine(F.Repeat<int>(x => x * 3, 4)(1));
        var isOdd = F.Not<int>(x => x % 2 == 0);
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 6).Where(isOdd)));
        Transform<string, int> len = s => s.Length;
        Console.WriteLine(len("hello"));
        var log = new List<string>();
        var slowSquare = F.Memo<int, int>(x => x * x, log);
        Console.WriteLine(slowSquare(4) + slowSquare(4) + slowSquare(5));
        Console.WriteLine(string.Join("; ", log));
    }
}
