using System;
using System.Collections.Generic;
using System.Linq;

public static class Counter<T>
{
    public static int Created;
    public static readonly List<T> Recent = new List<T>();
    public static void Track(T item)
    {
        Created++;
        Recent.Add(item);
        if (Recent.Count > 2) Recent.RemoveAt(0);
    }
}

public sealed class Pair<TFirst, TSecond>
{
    public TFirst First { get; }
    public TSecond Second { get; }
    public Pair(TFirst first, TSecond second) { First = first; Second = second; }
    public Pair<TSecond, TFirst> Swap() => new Pair<TSecond, TFirst>(Second, First);
    public override string ToString() => $"<{First}, {Second}>";
}

public enum Codec { Opus, G711, Vp8, H264 }

public static class Program
{
    static void Track<T>(params T[] items) { foreach (var i in items) Counter<T>.Track(i); }

    public static void Main()
    {
        Track(1, 2, 3);
        Track("a", "b");
        Track(Codec.Opus, Codec.Vp8, Codec.H264);
        Track(2.5);
        Console.WriteLine($"{Counter<int>.Created} {Counter<string>.Created} {Counter<Codec>.Created} {Counter<double>.Created} {Counter<long>.Created}");
        Console.WriteLine(string.Join(",", Counter<int>.Recent) + " " + string.Join(",", Counter<Codec>.Recent));

        var p = new Pair<string, Codec>("audio", Codec.Opus);
        Console.WriteLine(p + " " + p.Swap());
        var nested = new Pair<Pair<int, char>, List<Codec>>(new Pair<int, char>(1, 'k'), new List<Codec> { Codec.G711 });
        Console.WriteLine(nested.First + " " + nested.Second.Count + " " + nested.First.Swap());
        var table = new Dictionary<Codec, List<Pair<string, int>>>();
        foreach (var (codec, name, kbps) in new[] { (Codec.Opus, "a", 32), (Codec.Vp8, "b", 900), (Codec.Opus, "c", 24) })
        {
            if (!table.TryGetValue(codec, out var l)) table[codec] = l = new List<Pair<string, int>>();
            l.Add(new Pair<string, int>(name, kbps));
        }
        foreach (var kv in table) Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value) + " total " + kv.Value.Sum(x => x.Second));
        Console.WriteLine(string.Join(" ", table.Select(kv => kv)));
    }
}
