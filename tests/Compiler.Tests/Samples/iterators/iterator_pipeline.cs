using System;
using System.Collections.Generic;
using System.Linq;

static class Seq
{
    public static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    public static IEnumerable<int> Primes()
    {
        var found = new List<int>();
        for (int n = 2; ; n++)
        {
            if (found.TakeWhile(p => p * p <= n).All(p => n % p != 0))
            {
                found.Add(n);
                yield return n;
            }
        }
    }

    public static IEnumerable<T[]> Windows<T>(this IEnumerable<T> source, int size)
    {
        var q = new Queue<T>();
        foreach (var x in source)
        {
            q.Enqueue(x);
            if (q.Count > size) q.Dequeue();
            if (q.Count == size) yield return q.ToArray();
        }
    }

    public static IEnumerable<(int Index, T Item)> Numbered<T>(this IEnumerable<T> source, int start = 1)
    {
        int i = start;
        foreach (var x in source) yield return (i++, x);
    }

    public static IEnumerable<string> Lines(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0) { yield return text[start..]; yield break; }
            yield return text[start..nl];
            start = nl + 1;
        }
    }

    public static IEnumerable<int> Traced(IEnumerable<int> xs, List<string> log)
    {
        try
        {
            foreach (var x in xs)
            {
                log.Add($"yield {x}");
                yield return x;
            }
        }
        finally { log.Add("disposed"); }
    }
}

class Countdown : IEnumerable<int>
{
    readonly int from;
    public Countdown(int from) => this.from = from;
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = from; i > 0; i--) yield return i;
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(string.Join(" ", Seq.Fibonacci().Take(15)));
        Console.WriteLine(Seq.Fibonacci().First(f => f > 1_000_000_000_000L));
        Console.WriteLine(string.Join(" ", Seq.Primes().Skip(10).Take(8)));
        Console.WriteLine(Seq.Primes().TakeWhile(p => p < 100).Count());
        foreach (var w in Enumerable.Range(1, 6).Windows(3)) Console.Write($"[{string.Join(",", w)}] ");
        Console.WriteLine();
        foreach (var (i, line) in Seq.Lines("alpha\nbeta\n\ngamma").Numbered()) Console.WriteLine($"{i,2}: '{line}'");
        var log = new List<string>();
        var firstEven = Seq.Traced(new[] { 1, 3, 4, 5, 6 }, log).First(x => x % 2 == 0);
        Console.WriteLine($"{firstEven}: {string.Join(", ", log)}");
        log.Clear();
        var lazy = Seq.Traced(new[] { 7, 8 }, log).Select(x => x * 2);
        Console.WriteLine($"before: {log.Count}");
        Console.WriteLine($"sum {lazy.Sum()} then {lazy.Sum()}: {log.Count} entries");
        var cd = new Countdown(5);
        Console.WriteLine(string.Join(",", cd) + " | " + cd.Where(x => x % 2 == 1).Sum() + " | " + cd.Zip(cd.Skip(1), (a, b) => a * b).Max());
        using var e = new Countdown(3).GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ";");
        Console.WriteLine();
        static IEnumerable<string> Labels(int n)
        {
            for (int i = 0; i < n; i++) yield return i switch { 0 => "zero", 1 => "one", _ => $"n{i}" };
        }
        Console.WriteLine(string.Join("/", Labels(4)));
    }
}
