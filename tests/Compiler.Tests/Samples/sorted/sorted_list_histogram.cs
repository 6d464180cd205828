using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var samples = new[] { 12.5, 48.0, 3.2, 19.9, 250.0, 75.1, 19.0, 101.0, 8.8, 48.2 };
        var buckets = new SortedList<int, int>();
        foreach (var ms in samples)
        {
            int bucket = ms < 10 ? 10 : ms < 25 ? 25 : ms < 50 ? 50 : ms < 100 ? 100 : 1000;
            buckets[bucket] = buckets.TryGetValue(bucket, out var n) ? n + 1 : 1;
        }
        int cumulative = 0;
        foreach (var kv in buckets)
        {
            cumulative += kv.Value;
            Console.WriteLine($"le={kv.Key,-5} {kv.Value} cumulative {cumulative}");
        }
        Console.WriteLine(buckets.IndexOfKey(50) + " " + buckets.IndexOfKey(60) + " " + buckets.IndexOfValue(3) + " " + buckets.GetValueAtIndex(buckets.Count - 1));
        buckets.SetValueAtIndex(0, 99);
        buckets.Remove(1000);
        Console.WriteLine(string.Join(",", buckets.Keys) + " -> " + string.Join(",", buckets.Values) + " " + buckets.ContainsKey(1000) + " " + buckets.ContainsValue(99));
        try { buckets.Add(25, 1); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(buckets[7]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try { buckets.RemoveAt(10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }

        var byName = new SortedList<string, string>(StringComparer.OrdinalIgnoreCase) { ["Teams"] = "msft", ["meet"] = "goog", ["Connect"] = "aws" };
        byName["TEAMS"] = "microsoft";
        Console.WriteLine(string.Join("; ", byName.Select(kv => kv.Key + "=" + kv.Value)) + " " + byName.Count);

        var versions = new SortedDictionary<(int Major, int Minor), string>
        {
            [(1, 10)] = "b", [(1, 2)] = "a", [(2, 0)] = "c", [(0, 9)] = "z",
        };
        Console.WriteLine(string.Join(" ", versions.Select(kv => $"{kv.Key.Major}.{kv.Key.Minor}:{kv.Value}")));
        var words = "the quick brown fox jumps over the lazy dog the end".Split(' ');
        var freq = new SortedDictionary<string, int>();
        foreach (var w in words) freq[w] = freq.GetValueOrDefault(w) + 1;
        Console.WriteLine(string.Join(",", freq.Where(kv => kv.Value > 1).Select(kv => kv.Key + kv.Value)) + " " + freq.Keys.Count + " " + freq.Values.Sum());
        var copy = new SortedDictionary<string, int>(freq, Comparer<string>.Create((x, y) => y.Length != x.Length ? y.Length.CompareTo(x.Length) : string.CompareOrdinal(x, y)));
        Console.WriteLine(string.Join(" ", copy.Keys.Take(4)) + " " + copy.First().Key);
        foreach (var (k, v) in copy.Where(p => p.Key.Length == 3).Take(2)) Console.Write(k + v + " ");
        Console.WriteLine();
    }
}
